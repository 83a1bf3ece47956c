package io.manyi.satisfaction;

import static io.manyi.platform.db.SqlValues.timestamp;

import io.manyi.moments.Outcome;
import io.manyi.moments.TaskStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The surveys page's figures for one month (docs/surveys.md, "The surveys page"): the surveys sent
 * in the month (the operator's zone) and what became of them, by channel (the touchpoint that
 * sent them), by dimension question and by department; the callbacks opened in the month and what
 * became of each; the replies still to resolve. Every figure is a count over {@code surveys},
 * {@code callback_tasks} (with moments' {@code moment_records}) or {@code survey_replies}.
 */
@Component
public class SurveyBoard {

    /** The figures of a group of surveys sent in the month. {@code satisfied}: score at or above satisfiedMin; {@code low}: at or below lowScoreMax. */
    public record Figures(String key, long sent, long answered, long open, BigDecimal responseRate, BigDecimal average,
                          long satisfied, BigDecimal satisfiedShare, long low) {
    }

    /** One dimension question: the answers that scored it, their average and the share satisfied. */
    public record Dimension(String dimension, long asked, long scored, BigDecimal average, long satisfied,
                            BigDecimal satisfiedShare, long low) {
    }

    /**
     * One department: the answers whose lost points it owns ({@link SurveyRules#ownerOf}: the
     * complaint's department, the dimension scored lowest, the touchpoint), their average, the share
     * satisfied, the points lost (10 - score) and its share of all points lost in the month.
     */
    public record Department(String department, long answered, BigDecimal average, long satisfied,
                             BigDecimal satisfiedShare, long lostPoints, BigDecimal lostShare) {
    }

    /** What became of a callback; {@link #RESOLVED} counts toward the share resolved. */
    public enum CallbackState {
        WAITING, ON_WORKBENCH, NOT_CALLED, RESOLVED, NOT_RESOLVED, NOT_REACHED, DONE_BY_HAND
    }

    /** A callback of the month and its state. */
    public record CallbackLine(Callbacks.Callback callback, CallbackState state, String outcome, String note) {
    }

    /** The callbacks opened in the month: counts by reason and state, the share resolved, the latest lines. */
    public record CallbackSummary(long total, Map<CallbackState, Long> byState, Map<String, Map<CallbackState, Long>> byReason,
                                  long resolved, BigDecimal resolvedShare, List<CallbackLine> latest) {
    }

    /** A reply still to resolve, and the surveys of its number it could have meant. */
    public record UnknownReply(long id, Long surveyId, String msisdn, String text, Instant receivedAt, Integer score,
                               boolean understood, List<Candidate> candidates) {

        public UnknownReply withMsisdn(String shown) {
            return new UnknownReply(id, surveyId, shown, text, receivedAt, score, understood, candidates);
        }
    }

    /** How far back a reply may have meant a survey: the page offers the surveys sent in the 30 days before it. */
    static final java.time.Duration CANDIDATE_DAYS = java.time.Duration.ofDays(30);

    /** A survey a reply could have meant: sent to its number in the 30 days before it came, not answered. */
    public record Candidate(long id, String touchpoint, String status, Instant sentAt) {
    }

    /** The whole page's month. */
    public record Month(YearMonth month, Instant from, Instant to, boolean complete, int lowScoreMax, int satisfiedMin,
                        Figures total, List<Figures> byChannel, List<Dimension> byDimension, List<Department> byDepartment,
                        CallbackSummary callbacks) {
    }

    private final JdbcClient jdbc;
    private final Surveys surveys;
    private final Callbacks callbacks;
    private final Clock clock;

    public SurveyBoard(JdbcClient jdbc, Surveys surveys, Callbacks callbacks, Clock clock) {
        this.jdbc = jdbc;
        this.surveys = surveys;
        this.callbacks = callbacks;
        this.clock = clock;
    }

    /** The months (operator's zone) in which surveys were sent, newest first: the only ones the picker offers. */
    public List<YearMonth> months() {
        // from the first survey, jump to the first one of the next month (an index probe per month)
        return jdbc.sql("""
                        with recursive m(first) as (
                            select min(sent_at) from surveys
                            union all
                            select (select min(v.sent_at) from surveys v
                                    where v.sent_at >= (date_trunc('month', m.first at time zone :zone) + interval '1 month') at time zone :zone)
                            from m where m.first is not null)
                        select to_char(first at time zone :zone, 'YYYY-MM') from m where first is not null order by 1 desc
                        """).param("zone", zone().getId()).query(String.class).list().stream().map(YearMonth::parse).toList();
    }

    /** The month shown when none is asked: the latest complete month with surveys, else the latest. */
    public YearMonth defaultMonth(List<YearMonth> months) {
        YearMonth now = YearMonth.now(clock);
        return months.stream().filter(m -> m.isBefore(now)).findFirst().orElse(months.isEmpty() ? now : months.getFirst());
    }

    public Month month(YearMonth month) {
        ZoneId zone = zone();
        Instant from = month.atDay(1).atStartOfDay(zone).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        SurveyRules rules = surveys.rules();
        int low = rules.lowScoreMax();
        int satisfied = rules.satisfiedMin();
        List<Figures> channels = figures("touchpoint", from, to, low, satisfied);
        Figures total = figures("'ALL'", from, to, low, satisfied).stream().findFirst()
                .orElse(new Figures("ALL", 0, 0, 0, null, null, 0, null, 0));
        return new Month(month, from, to, !to.isAfter(clock.instant()), low, satisfied, total, channels,
                dimensions(from, to, low, satisfied), departments(from, to, rules), callbacks(from, to));
    }

    private List<Figures> figures(String key, Instant from, Instant to, int low, int satisfied) {
        return jdbc.sql("""
                        select %s as key, count(*) as sent, count(*) filter (where status = 'ANSWERED') as answered,
                               count(*) filter (where status = 'SENT') as open, avg(score) filter (where status = 'ANSWERED') as average,
                               count(*) filter (where status = 'ANSWERED' and score >= ?) as satisfied,
                               count(*) filter (where status = 'ANSWERED' and score <= ?) as low
                        from surveys where sent_at >= ? and sent_at < ?
                        group by 1 order by 2 desc, 1
                        """.formatted(key))
                .params(satisfied, low, timestamp(from), timestamp(to))
                .query((rs, n) -> new Figures(rs.getString("key"), rs.getLong("sent"), rs.getLong("answered"), rs.getLong("open"),
                        share(rs.getLong("answered"), rs.getLong("sent")), scale(rs.getBigDecimal("average")),
                        rs.getLong("satisfied"), share(rs.getLong("satisfied"), rs.getLong("answered")), rs.getLong("low")))
                .list();
    }

    private List<Dimension> dimensions(Instant from, Instant to, int low, int satisfied) {
        return jdbc.sql("""
                        select d.name, count(*) as asked, count(x.score) as scored, avg(x.score::int) as average,
                               count(*) filter (where x.score::int >= ?) as satisfied, count(*) filter (where x.score::int <= ?) as low
                        from surveys v
                        cross join lateral unnest(string_to_array(v.dimensions, ',')) with ordinality as d(name, i)
                        left join lateral unnest(string_to_array(v.dimension_scores, ',')) with ordinality as x(score, i) on x.i = d.i
                        where v.status = 'ANSWERED' and v.dimensions <> '' and v.sent_at >= ? and v.sent_at < ?
                        group by d.name order by avg(x.score::int) nulls last, d.name
                        """).params(satisfied, low, timestamp(from), timestamp(to))
                .query((rs, n) -> new Dimension(rs.getString("name"), rs.getLong("asked"), rs.getLong("scored"),
                        scale(rs.getBigDecimal("average")), rs.getLong("satisfied"),
                        share(rs.getLong("satisfied"), rs.getLong("scored")), rs.getLong("low")))
                .list();
    }

    private List<Department> departments(Instant from, Instant to, SurveyRules rules) {
        record Answer(int score, String touchpoint, String dimensions, String dimensionScores, String ticketDepartment) {
        }
        List<Answer> answers = jdbc.sql("""
                        select v.score, v.touchpoint, v.dimensions, v.dimension_scores, t.department as ticket_department
                        from surveys v left join ticket_records t on t.id = v.ticket_id
                        where v.status = 'ANSWERED' and v.sent_at >= ? and v.sent_at < ?
                        """).params(timestamp(from), timestamp(to)).query(Answer.class).list();
        Map<String, long[]> by = new LinkedHashMap<>(); // answered, score sum, satisfied, lost
        long lostAll = 0;
        for (Answer a : answers) {
            String owner = rules.ownerOf(a.ticketDepartment(), a.touchpoint(), a.dimensions(), a.dimensionScores());
            long[] s = by.computeIfAbsent(owner, k -> new long[4]);
            s[0]++;
            s[1] += a.score();
            s[2] += a.score() >= rules.satisfiedMin() ? 1 : 0;
            s[3] += 10 - a.score();
            lostAll += 10 - a.score();
        }
        long all = lostAll;
        List<Department> result = new ArrayList<>();
        by.forEach((department, s) -> result.add(new Department(department, s[0],
                BigDecimal.valueOf(s[1]).divide(BigDecimal.valueOf(s[0]), 2, RoundingMode.HALF_UP), s[2], share(s[2], s[0]), s[3],
                share(s[3], all))));
        result.sort((a, b) -> Long.compare(b.lostPoints(), a.lostPoints()));
        return result;
    }

    private CallbackSummary callbacks(Instant from, Instant to) {
        List<Callbacks.Callback> opened = callbacks.openedBetween(from, to);
        Map<CallbackState, Long> byState = new LinkedHashMap<>();
        Map<String, Map<CallbackState, Long>> byReason = new LinkedHashMap<>();
        for (String reason : List.of("LOW_SURVEY_SCORE", "COMPLAINT_CLOSED")) {
            byReason.put(reason, zeros());
        }
        byState.putAll(zeros());
        List<CallbackLine> lines = new ArrayList<>();
        for (Callbacks.Callback c : opened) {
            CallbackLine line = line(c);
            byState.merge(line.state(), 1L, Long::sum);
            byReason.computeIfAbsent(c.reason(), r -> zeros()).merge(line.state(), 1L, Long::sum);
            if (lines.size() < 20) {
                lines.add(line);
            }
        }
        long resolved = byState.get(CallbackState.RESOLVED);
        return new CallbackSummary(opened.size(), byState, byReason, resolved, share(resolved, opened.size()), lines);
    }

    private static Map<CallbackState, Long> zeros() {
        Map<CallbackState, Long> m = new LinkedHashMap<>();
        Arrays.stream(CallbackState.values()).forEach(s -> m.put(s, 0L));
        return m;
    }

    /**
     * A callback's state: done with REACHED or REACHED_ACCEPTED is resolved, REACHED_REFUSED reached but
     * not resolved, NOT_REACHED or WRONG_NUMBER not reached, any other outcome completed by hand at the
     * desk; open and waiting for the consumer or a free call, on the workbench (its task open), or not
     * called (sent as a text, suppressed, lapsed, its task expired: the desk completes it by hand).
     */
    static CallbackLine line(Callbacks.Callback c) {
        if ("DONE".equals(c.status())) {
            String text = c.outcome() == null ? "" : c.outcome();
            int colon = text.indexOf(':');
            String head = (colon < 0 ? text : text.substring(0, colon)).strip();
            Outcome outcome = Arrays.stream(Outcome.values()).filter(o -> o.name().equals(head)).findFirst().orElse(null);
            if (outcome == null) {
                return new CallbackLine(c, CallbackState.DONE_BY_HAND, null, text.isBlank() ? null : text.strip());
            }
            String note = colon < 0 ? null : text.substring(colon + 1).strip();
            CallbackState state = switch (outcome) {
                case REACHED, REACHED_ACCEPTED -> CallbackState.RESOLVED;
                case REACHED_REFUSED -> CallbackState.NOT_RESOLVED;
                case NOT_REACHED, WRONG_NUMBER -> CallbackState.NOT_REACHED;
                case CALL_BACK_LATER -> CallbackState.ON_WORKBENCH;
            };
            return new CallbackLine(c, state, outcome.name(), note == null || note.isBlank() ? null : note);
        }
        if (c.momentStatus() == null || "NEW".equals(c.momentStatus())) {
            return new CallbackLine(c, CallbackState.WAITING, null, null);
        }
        boolean taskOpen = c.taskStatus() != null && TaskStatus.OPEN.stream().anyMatch(s -> s.name().equals(c.taskStatus()));
        return new CallbackLine(c, "TASKED".equals(c.momentStatus()) && taskOpen ? CallbackState.ON_WORKBENCH : CallbackState.NOT_CALLED,
                null, null);
    }

    /** Replies still to resolve (oldest first: the longest waiting), with the surveys each could have meant (one statement). */
    public List<UnknownReply> unknownReplies(int limit) {
        record Row(long id, Long surveyId, String msisdn, String text, Instant receivedAt, Integer score, boolean understood,
                   Long candidateId, String candidateTouchpoint, String candidateStatus, Instant candidateSentAt) {
        }
        List<Row> rows = jdbc.sql("""
                with r as (
                    select id, survey_id, msisdn, text, received_at, score, understood from survey_replies
                    where resolution is null and (not understood or survey_id is null)
                    order by received_at, id limit ?)
                select r.*, c.id as candidate_id, c.touchpoint as candidate_touchpoint, c.status as candidate_status,
                       c.sent_at as candidate_sent_at
                from r left join lateral (
                    select id, touchpoint, status, sent_at from surveys v
                    where v.msisdn = r.msisdn and v.status <> 'ANSWERED' and v.sent_at <= r.received_at
                      and v.sent_at > r.received_at - make_interval(days => ?)
                    order by v.sent_at desc, v.id desc limit 3) c on true
                order by r.received_at, r.id, c.sent_at desc, c.id desc""")
                .params(limit, (int) CANDIDATE_DAYS.toDays()).query(Row.class).list();
        Map<Long, UnknownReply> replies = new LinkedHashMap<>();
        for (Row r : rows) {
            UnknownReply reply = replies.computeIfAbsent(r.id(), id -> new UnknownReply(r.id(), r.surveyId(), r.msisdn(), r.text(),
                    r.receivedAt(), r.score(), r.understood(), new ArrayList<>()));
            if (r.candidateId() != null) {
                reply.candidates().add(new Candidate(r.candidateId(), r.candidateTouchpoint(), r.candidateStatus(), r.candidateSentAt()));
            }
        }
        return replies.values().stream().map(r -> new UnknownReply(r.id(), r.surveyId(), r.msisdn(), r.text(), r.receivedAt(),
                r.score(), r.understood(), List.copyOf(r.candidates()))).toList();
    }

    /** How many replies are still to resolve. */
    public long unknownCount() {
        return jdbc.sql("select count(*) from survey_replies where resolution is null and (not understood or survey_id is null)")
                .query(Long.class).single();
    }

    private ZoneId zone() {
        return clock.getZone();
    }

    static BigDecimal share(long part, long total) {
        return total == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(total), 4, RoundingMode.HALF_UP);
    }

    private static BigDecimal scale(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
    }
}
