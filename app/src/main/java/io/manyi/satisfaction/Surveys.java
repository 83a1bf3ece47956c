package io.manyi.satisfaction;

import static io.manyi.platform.db.SqlValues.timestamp;

import io.manyi.platform.outbox.Outbox;
import io.manyi.platform.outbox.SmsMessage;
import io.manyi.platform.outbox.events.SurveyScoredLow;
import io.manyi.platform.settings.Settings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * SMS satisfaction surveys: sent after a touchpoint (by its sample rate) or to a periodic sample,
 * answered by a free-text reply. One answer per survey; replies that say nothing we understand
 * are kept and flagged. A low score publishes {@code SurveyScoredLow} and opens a callback.
 */
@Component
public class Surveys {

    public static final Set<String> TOUCHPOINTS = Set.of("COMPLAINT_CLOSED", "HALL_VISIT", "HOTLINE_CALL", "TASK_DONE", "PERIODIC");

    public record Survey(long id, String msisdn, String touchpoint, Long ticketId, String dimensions, String status,
                         Instant sentAt, Instant answeredAt, Integer score, String dimensionScores, String hallId,
                         String clerk, Long taskId) {
    }

    /**
     * What a survey is about beyond the subscriber: the complaint ticket, the hall and clerk of a
     * visit, the phone manager's task. The staff assessment reads satisfaction per clerk and task.
     */
    public record Origin(Long ticketId, String hallId, String clerk, Long taskId) {

        public static Origin ticket(Long ticketId) {
            return new Origin(ticketId, null, null, null);
        }

        public static Origin hallVisit(String hallId, String clerk) {
            return new Origin(null, hallId, clerk, null);
        }

        public static Origin task(long taskId) {
            return new Origin(null, null, null, taskId);
        }
    }

    /** What a reply did: {@code outcome} ANSWERED, NOT_UNDERSTOOD, ALREADY_ANSWERED or NO_OPEN_SURVEY. */
    public record ReplyResult(String outcome, Long surveyId, Integer score, boolean lowScore, Long replyId) {
    }

    private final JdbcClient jdbc;
    private final Settings settings;
    private final Outbox outbox;
    private final Callbacks callbacks;
    private final Clock clock;

    public Surveys(JdbcClient jdbc, Settings settings, Outbox outbox, Callbacks callbacks, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.outbox = outbox;
        this.callbacks = callbacks;
        this.clock = clock;
    }

    public SurveyRules rules() {
        return settings.get(SurveyRules.SETTING, SurveyRules.class, SurveyRules::defaults);
    }

    /**
     * Sends a survey after {@code touchpoint} when the touchpoint's sample takes it (the decision
     * is a hash of {@code cause}, so asking again gives the same answer) and the subscriber had no
     * survey within the cooldown. Empty when none was sent.
     */
    @Transactional
    public Optional<Long> afterTouchpoint(String msisdn, String touchpoint, Long ticketId, String cause) {
        return afterTouchpointWith(msisdn, touchpoint, Origin.ticket(ticketId), cause);
    }

    /** As above, with what the survey is about (hall and clerk of a visit, task). */
    @Transactional
    public Optional<Long> afterTouchpointWith(String msisdn, String touchpoint, Origin origin, String cause) {
        if (!TOUCHPOINTS.contains(touchpoint)) {
            throw SurveyRefused.invalid("touchpoint must be one of " + TOUCHPOINTS);
        }
        SurveyRules rules = rules();
        double draw = (cause.hashCode() & 0x7fffffff) / (double) Integer.MAX_VALUE;
        if (draw >= rules.sampleRate(touchpoint)) {
            return Optional.empty();
        }
        if (!touchpoint.equals("COMPLAINT_CLOSED") && recentlySurveyed(msisdn, rules.cooldownDays())) {
            return Optional.empty();
        }
        return send(msisdn, touchpoint, origin, "survey:" + touchpoint + ":" + cause, rules);
    }

    /** A periodic survey to {@code size} random active subscribers outside the cooldown. */
    @Transactional
    public int samplePeriodic(int size, String round) {
        SurveyRules rules = rules();
        List<String> sample = jdbc.sql("""
                        select s.msisdn from subscribers s
                        where s.status = 'ACTIVE' and not exists (
                            select 1 from surveys v where v.msisdn = s.msisdn and v.sent_at >= ?)
                        order by md5(s.msisdn || ?) limit ?
                        """).params(timestamp(clock.instant().minus(Duration.ofDays(rules.cooldownDays()))), round, size)
                .query(String.class).list();
        int sent = 0;
        for (String msisdn : sample) {
            sent += send(msisdn, "PERIODIC", Origin.ticket(null), "survey:PERIODIC:" + round + ":" + msisdn, rules).isPresent() ? 1 : 0;
        }
        return sent;
    }

    private boolean recentlySurveyed(String msisdn, int days) {
        return jdbc.sql("select count(*) from surveys where msisdn = ? and sent_at >= ?")
                .params(msisdn, timestamp(clock.instant().minus(Duration.ofDays(days)))).query(Integer.class).single() > 0;
    }

    private Optional<Long> send(String msisdn, String touchpoint, Origin origin, String dedupKey, SurveyRules rules) {
        String dimensions = String.join(",", rules.dimensions());
        Optional<Long> id = jdbc.sql("""
                        insert into surveys (msisdn, touchpoint, ticket_id, hall_id, clerk, task_id, dimensions, status,
                                             sent_at, dedup_key)
                        values (?, ?, ?, ?, ?, ?, ?, 'SENT', ?, ?) on conflict (dedup_key) do nothing returning id
                        """).params(msisdn, touchpoint, origin.ticketId(), origin.hallId(), origin.clerk(), origin.taskId(),
                        dimensions, timestamp(clock.instant()), dedupKey)
                .query(Long.class).optional();
        id.ifPresent(surveyId -> outbox.send(new SmsMessage(msisdn, "survey", zh(touchpoint, rules.dimensions()),
                en(touchpoint, rules.dimensions()), dedupKey)));
        return id;
    }

    private static final Map<String, String[]> DIMENSION_NAMES = Map.of(
            "NETWORK", new String[] {"网络", "network"}, "FEES", new String[] {"资费", "fees"},
            "NEW_SERVICES", new String[] {"新业务", "new services"}, "HALLS", new String[] {"营业厅", "halls"},
            "HOTLINE", new String[] {"10086热线", "the 10086 hotline"}, "REMINDERS", new String[] {"提醒服务", "reminders"},
            "PROMOTIONS", new String[] {"促销活动", "promotions"});

    private static String zh(String touchpoint, List<String> dimensions) {
        String about = touchpoint.equals("COMPLAINT_CLOSED") ? "您反映的问题已处理完毕。" : "感谢您使用中国移动的服务。";
        String extra = dimensions.isEmpty() ? "" : "，可依次再为"
                + dimensions.stream().map(d -> DIMENSION_NAMES.getOrDefault(d, new String[] {d, d})[0]).collect(Collectors.joining("、"))
                + "打分，空格分隔";
        return about + "请回复1-10分评价您的满意度（10分为非常满意）" + extra + "。";
    }

    private static String en(String touchpoint, List<String> dimensions) {
        String about = touchpoint.equals("COMPLAINT_CLOSED") ? "The issue you reported has been handled. " : "Thank you for using our service. ";
        String extra = dimensions.isEmpty() ? "" : "; optionally add scores for "
                + dimensions.stream().map(d -> DIMENSION_NAMES.getOrDefault(d, new String[] {d, d})[1]).collect(Collectors.joining(", "))
                + ", separated by spaces";
        return about + "Please reply with a score from 1 to 10 (10 = very satisfied)" + extra + ".";
    }

    /** Records an inbound SMS reply against the subscriber's latest open survey. */
    @Transactional
    public ReplyResult reply(String msisdn, String text) {
        if (msisdn == null || !msisdn.matches("\\d{11}") || text == null || text.length() > 1000) {
            throw SurveyRefused.invalid("msisdn (11 digits) and text (up to 1000 characters) are needed");
        }
        Instant now = clock.instant();
        SurveyReply parsed = SurveyReply.parse(text);
        Integer score = parsed.score().orElse(null);
        record Open(long id, String touchpoint) {
        }
        Optional<Open> open = jdbc.sql("""
                        select id, touchpoint from surveys where msisdn = ? and status = 'SENT'
                        order by sent_at desc, id desc limit 1 for update
                        """).param(msisdn).query(Open.class).optional();
        Long lastAnswered = open.isPresent() ? null : jdbc.sql("""
                select id from surveys where msisdn = ? and status = 'ANSWERED' order by answered_at desc limit 1
                """).param(msisdn).query(Long.class).optional().orElse(null);
        Long surveyId = open.map(Open::id).orElse(lastAnswered);
        boolean counts = open.isPresent() && parsed.understood();
        long replyId = jdbc.sql("""
                        insert into survey_replies (survey_id, msisdn, text, received_at, score, understood, counted)
                        values (?, ?, ?, ?, ?, ?, ?) returning id
                        """).params(surveyId, msisdn, text, timestamp(now), score, parsed.understood(), counts)
                .query(Long.class).single();
        if (open.isEmpty()) {
            return new ReplyResult(lastAnswered == null ? "NO_OPEN_SURVEY" : "ALREADY_ANSWERED", surveyId, score, false, replyId);
        }
        if (!parsed.understood()) {
            return new ReplyResult("NOT_UNDERSTOOD", surveyId, null, false, replyId);
        }
        String dimensionScores = parsed.dimensions().stream().map(String::valueOf).collect(Collectors.joining(","));
        jdbc.sql("update surveys set status = 'ANSWERED', answered_at = ?, score = ?, dimension_scores = ? where id = ?")
                .params(timestamp(now), score, dimensionScores.isEmpty() ? null : dimensionScores, surveyId).update();
        YearMonth month = YearMonth.from(now.atZone(clock.getZone()));
        outbox.publish(new SurveyAnswered(msisdn, month, surveyId, score));
        SurveyRules rules = rules();
        boolean low = score <= rules.lowScoreMax();
        if (low) {
            outbox.publish(new SurveyScoredLow(msisdn, month, surveyId, score, open.get().touchpoint()));
            callbacks.open("LOW_SURVEY_SCORE", msisdn, null, surveyId, now.plus(Duration.ofHours(rules.callbackHours())),
                    "low-survey:" + surveyId);
        }
        return new ReplyResult("ANSWERED", surveyId, score, low, replyId);
    }

    public List<Survey> list(String status, String msisdn, int limit) {
        return jdbc.sql("""
                        select id, msisdn, touchpoint, ticket_id, dimensions, status, sent_at, answered_at, score, dimension_scores,
                               hall_id, clerk, task_id
                        from surveys where (cast(? as varchar) is null or status = ?) and (cast(? as varchar) is null or msisdn = ?)
                        order by id desc limit ?
                        """).params(status, status, msisdn, msisdn, limit).query(Survey.class).list();
    }

    /** Replies nobody understood, newest first, for a person to read. */
    public List<Map<String, Object>> unknownReplies(int limit) {
        return jdbc.sql("""
                select id, survey_id, msisdn, text, received_at from survey_replies where not understood
                order by id desc limit ?""").param(limit).query().listOfRows();
    }

    /** Surveys unanswered for longer than {@code expireDays} expire (a late reply then answers nothing). */
    @Transactional
    public int expire() {
        return jdbc.sql("update surveys set status = 'EXPIRED' where status = 'SENT' and sent_at < ?")
                .param(timestamp(clock.instant().minus(Duration.ofDays(rules().expireDays())))).update();
    }
}
