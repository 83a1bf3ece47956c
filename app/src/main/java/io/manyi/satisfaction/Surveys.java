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
        boolean low = answer(surveyId, msisdn, open.get().touchpoint(), score, dimensionScores.isEmpty() ? null : dimensionScores, now);
        return new ReplyResult("ANSWERED", surveyId, score, low, replyId);
    }

    /**
     * Answers a survey: its score, the events, and a callback when the score is low (due
     * {@code callbackHours} from now, whenever the answer was given). True when the score is low.
     */
    private boolean answer(long surveyId, String msisdn, String touchpoint, int score, String dimensionScores, Instant answeredAt) {
        jdbc.sql("update surveys set status = 'ANSWERED', answered_at = ?, score = ?, dimension_scores = ? where id = ?")
                .params(timestamp(answeredAt), score, dimensionScores, surveyId).update();
        YearMonth month = YearMonth.from(answeredAt.atZone(clock.getZone()));
        outbox.publish(new SurveyAnswered(msisdn, month, surveyId, score));
        SurveyRules rules = rules();
        boolean low = score <= rules.lowScoreMax();
        if (low) {
            outbox.publish(new SurveyScoredLow(msisdn, month, surveyId, score, touchpoint));
            callbacks.open("LOW_SURVEY_SCORE", msisdn, null, surveyId, clock.instant().plus(Duration.ofHours(rules.callbackHours())),
                    "low-survey:" + surveyId);
        }
        return low;
    }

    /** What a supervisor decided about a reply nobody could read or match. */
    public record Resolution(long replyId, String resolution, Long surveyId, Integer score, boolean lowScore, String note,
                             String resolvedBy, Instant resolvedAt) {
    }

    private record PendingReply(long id, Long surveyId, String msisdn, Instant receivedAt, boolean understood, String resolution) {
    }

    private PendingReply pendingReply(long replyId) {
        PendingReply reply = jdbc.sql("""
                        select id, survey_id, msisdn, received_at, understood, resolution from survey_replies where id = ? for update
                        """).param(replyId).query(PendingReply.class).optional()
                .orElseThrow(() -> new SurveyRefused(404, "unknown-reply", "no reply " + replyId));
        if (reply.resolution() != null) {
            throw new SurveyRefused(409, "reply-resolved", "reply " + replyId + " was resolved already ("
                    + reply.resolution().toLowerCase(java.util.Locale.ROOT) + ")");
        }
        if (reply.understood() && reply.surveyId() != null) {
            throw new SurveyRefused(409, "reply-not-unknown", "reply " + replyId + " was understood and matched to survey "
                    + reply.surveyId() + ": there is nothing to resolve");
        }
        return reply;
    }

    /**
     * Assigns a reply nobody could read or match to the survey and score it meant (a supervisor's
     * reading): the survey is answered with that score as of the reply's arrival, as a reply
     * understood then would have answered it (events, and a callback when the score is low). The
     * survey must have been sent to the reply's number before the reply came, and not be answered.
     */
    @Transactional
    public Resolution assignReply(long replyId, Long surveyId, Integer score, String actor) {
        if (surveyId == null) {
            throw SurveyRefused.invalid("surveyId: the survey the reply meant is needed");
        }
        if (score == null || score < 1 || score > 10) {
            throw SurveyRefused.invalid("score: a whole number from 1 to 10 is needed");
        }
        PendingReply reply = pendingReply(replyId);
        record Target(long id, String msisdn, String touchpoint, String status, Instant sentAt) {
        }
        Target survey = jdbc.sql("select id, msisdn, touchpoint, status, sent_at from surveys where id = ? for update")
                .param(surveyId).query(Target.class).optional()
                .orElseThrow(() -> new SurveyRefused(404, "unknown-survey", "surveyId: no survey " + surveyId));
        if (!survey.msisdn().equals(reply.msisdn())) {
            throw new SurveyRefused(400, "survey-mismatch", "surveyId: survey " + surveyId + " was not sent to the reply's number");
        }
        if (survey.sentAt().isAfter(reply.receivedAt())) {
            throw new SurveyRefused(400, "survey-mismatch", "surveyId: survey " + surveyId + " was sent after the reply came");
        }
        if ("ANSWERED".equals(survey.status())) {
            throw new SurveyRefused(409, "survey-answered", "surveyId: survey " + surveyId + " is answered already");
        }
        boolean low = answer(survey.id(), survey.msisdn(), survey.touchpoint(), score, null, reply.receivedAt());
        Instant now = clock.instant();
        jdbc.sql("""
                update survey_replies set survey_id = ?, score = ?, counted = true, resolution = 'ASSIGNED', resolved_at = ?,
                                          resolved_by = ?
                where id = ?""").params(surveyId, score, timestamp(now), actor, replyId).update();
        return new Resolution(replyId, "ASSIGNED", surveyId, score, low, null, actor, now);
    }

    /** Dismisses a reply nobody could read or match, with the reason (a greeting, a wrong number, spam...). */
    @Transactional
    public Resolution dismissReply(long replyId, String reason, String actor) {
        if (reason == null || reason.isBlank() || reason.strip().length() > 500) {
            throw SurveyRefused.invalid("reason: why the reply is dismissed is needed (up to 500 characters)");
        }
        pendingReply(replyId);
        Instant now = clock.instant();
        jdbc.sql("""
                update survey_replies set resolution = 'DISMISSED', resolved_at = ?, resolved_by = ?, resolution_note = ?
                where id = ?""").params(timestamp(now), actor, reason.strip(), replyId).update();
        return new Resolution(replyId, "DISMISSED", null, null, false, reason.strip(), actor, now);
    }

    public List<Survey> list(String status, String msisdn, int limit) {
        return jdbc.sql("""
                        select id, msisdn, touchpoint, ticket_id, dimensions, status, sent_at, answered_at, score, dimension_scores,
                               hall_id, clerk, task_id
                        from surveys where (cast(? as varchar) is null or status = ?) and (cast(? as varchar) is null or msisdn = ?)
                        order by id desc limit ?
                        """).params(status, status, msisdn, msisdn, limit).query(Survey.class).list();
    }

    /**
     * Replies still to resolve, newest first, for a person to read: not understood, or with no
     * survey to answer (V33.1: a resolved one leaves the list).
     */
    public List<Map<String, Object>> unknownReplies(int limit) {
        return jdbc.sql("""
                select id, survey_id, msisdn, text, received_at from survey_replies
                where resolution is null and (not understood or survey_id is null)
                order by id desc limit ?""").param(limit).query().listOfRows();
    }

    /** Surveys unanswered for longer than {@code expireDays} expire (a late reply then answers nothing). */
    @Transactional
    public int expire() {
        return jdbc.sql("update surveys set status = 'EXPIRED' where status = 'SENT' and sent_at < ?")
                .param(timestamp(clock.instant().minus(Duration.ofDays(rules().expireDays())))).update();
    }
}
