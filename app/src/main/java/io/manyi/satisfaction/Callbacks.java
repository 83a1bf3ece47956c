package io.manyi.satisfaction;

import io.manyi.moments.SatisfactionIndicator;
import static io.manyi.platform.db.SqlValues.timestamp;

import io.manyi.moments.CallbackOutcomes;
import io.manyi.moments.EventMoments;
import io.manyi.moments.OccurrenceSql;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The satisfaction records of callbacks: one after a closed complaint, one after a low survey
 * score, saying what the customer said and against which satisfaction indicator. The call itself
 * is a key-moment task on the phone manager's workbench (the {@code ComplaintClosed} and
 * {@code SurveyScoredLow} events become COMPLAINT_CALLBACK and SURVEY_CALLBACK moments); the record
 * is linked to it through that moment (same subscriber, type and occurrence) and completed when the
 * task's outcome is recorded ({@link #closed}). Only a callback that never became a call (its
 * moment suppressed, sent as a text message, lapsed, its task expired, or the moment type
 * disabled) is completed here by hand ({@link #complete}), so no one works a callback twice.
 */
@Component
public class Callbacks implements CallbackOutcomes {

    /** The seeds' satisfaction indicators a dissatisfaction cause is recorded against. */
    public static final Set<String> INDICATORS = Set.copyOf(SatisfactionIndicator.names());

    /**
     * A record and what became of its call: {@code momentStatus} (null while the event waits for the
     * consumer) NEW, TASKED, SMS, SUPPRESSED or LAPSED; {@code taskId}, {@code taskStatus},
     * {@code assignee} of the task when it became one.
     */
    public record Callback(long id, String reason, String msisdn, Long ticketId, Long surveyId, String status,
                           Instant dueAt, Instant createdAt, Instant doneAt, String doneBy, String outcome,
                           String indicator, String momentStatus, String suppressedReason, Long taskId,
                           String taskStatus, String assignee) {

        public Callback withMsisdn(String shown) {
            return new Callback(id, reason, shown, ticketId, surveyId, status, dueAt, createdAt, doneAt, doneBy, outcome,
                    indicator, momentStatus, suppressedReason, taskId, taskStatus, assignee);
        }

        /** Still someone's call on the workbench, or about to be: not to be completed by hand. */
        boolean onWorkbench() {
            return "NEW".equals(momentStatus) || ("TASKED".equals(momentStatus)
                    && io.manyi.moments.TaskStatus.OPEN.stream().anyMatch(open -> open.name().equals(taskStatus)));
        }
    }

    /** The moment type a record's call is (complaint closed or low survey score). */
    static String momentType(String reason) {
        return "COMPLAINT_CLOSED".equals(reason) ? EventMoments.COMPLAINT_CALLBACK : EventMoments.SURVEY_CALLBACK;
    }

    // The record's moment: same subscriber, its type and its occurrence (moments' Occurrences: T:<ticket> or S:<survey>).
    private static final String MOMENT_OF_RECORD = """
            m.msisdn = c.msisdn
            and m.type = case c.reason when 'COMPLAINT_CLOSED' then 'COMPLAINT_CALLBACK' else 'SURVEY_CALLBACK' end
            and m.occurrence = case c.reason when 'COMPLAINT_CLOSED' then %s else %s end
            """.formatted(OccurrenceSql.ofTicket("c.ticket_id"), OccurrenceSql.ofSurvey("c.survey_id"));

    private static final String SELECT = """
            select c.id, c.reason, c.msisdn, c.ticket_id, c.survey_id, c.status, c.due_at, c.created_at, c.done_at, c.done_by,
                   c.outcome, c.indicator, m.status as moment_status, m.suppressed_reason, m.task_id,
                   m.task_status, m.task_assignee as assignee
            from callback_tasks c
            left join moment_records m on """ + " " + MOMENT_OF_RECORD + """
            """;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final io.manyi.moments.MomentCatalog catalog;

    public Callbacks(JdbcClient jdbc, Clock clock, io.manyi.moments.MomentCatalog catalog) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.catalog = catalog;
    }

    /** Opens a callback record once per {@code dedupKey}; the event published beside it makes the task. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void open(String reason, String msisdn, Long ticketId, Long surveyId, Instant dueAt, String dedupKey) {
        jdbc.sql("""
                insert into callback_tasks (reason, msisdn, ticket_id, survey_id, due_at, created_at, dedup_key)
                values (?, ?, ?, ?, ?, ?, ?) on conflict (dedup_key) do nothing
                """).params(reason, msisdn, ticketId, surveyId, timestamp(dueAt), timestamp(clock.instant()), dedupKey).update();
    }

    public List<Callback> list(String status, String reason, String msisdn, int limit) {
        return jdbc.sql(SELECT + """
                        where (cast(? as varchar) is null or c.status = ?) and (cast(? as varchar) is null or c.reason = ?)
                          and (cast(? as varchar) is null or c.msisdn = ?)
                        order by c.status, c.due_at, c.id limit ?
                        """).params(status, status, reason, reason, msisdn, msisdn, limit)
                .query(Callback.class).list();
    }

    /** The records opened in a period, newest first, each with what became of its call. */
    public List<Callback> openedBetween(Instant from, Instant to) {
        return jdbc.sql(SELECT + " where c.created_at >= ? and c.created_at < ? order by c.created_at desc, c.id desc")
                .params(timestamp(from), timestamp(to)).query(Callback.class).list();
    }

    public Optional<Callback> find(long id) {
        return jdbc.sql(SELECT + " where c.id = ?").param(id).query(Callback.class).optional();
    }

    /** The task's outcome completes the records of its callback reasons (in the outcome's transaction). */
    @Override
    public void closed(Closed closed) {
        String outcome = closed.outcome().name() + (closed.note() == null ? "" : ": " + closed.note().strip());
        for (CallbackReason r : closed.reasons()) {
            jdbc.sql("""
                            update callback_tasks c set status = 'DONE', done_at = ?, done_by = ?, outcome = ?, indicator = ?
                            from moment_records m
                            where c.status = 'OPEN' and m.type = ? and m.occurrence = ? and m.task_id = ? and
                            """ + MOMENT_OF_RECORD)
                    .params(Timestamp.from(closed.at()), closed.actor(), truncate(outcome),
                            closed.indicator() == null ? null : closed.indicator().name(), r.type(), r.occurrence(),
                            closed.taskId())
                    .update();
        }
    }

    /**
     * Records by hand what came of a callback that never became (or no longer is) a call on the
     * workbench; one that is there is refused (409 {@code callback-on-workbench}), as is one whose
     * event the consumer has not read yet (409 {@code callback-pending}).
     */
    @Transactional
    public Callback complete(long id, String outcome, String indicator, String actor) {
        if (outcome == null || outcome.isBlank() || outcome.length() > 2000) {
            throw SurveyRefused.invalid("an outcome (up to 2000 characters) is needed");
        }
        if (indicator != null && !INDICATORS.contains(indicator)) {
            throw SurveyRefused.invalid("indicator must be one of " + SatisfactionIndicator.names());
        }
        Callback callback = find(id).orElseThrow(() -> new SurveyRefused(404, "unknown-callback", "no callback " + id));
        if (!"OPEN".equals(callback.status())) {
            throw new SurveyRefused(409, "callback-done", "callback " + id + " is done already");
        }
        if (callback.onWorkbench()) {
            throw new SurveyRefused(409, "callback-on-workbench", "callback " + id + " is "
                    + (callback.taskId() == null ? "waiting for a free call" : "task " + callback.taskId())
                    + " on the workbench: its outcome is recorded there");
        }
        if (callback.momentStatus() == null && momentTypeEnabled(momentType(callback.reason()))) {
            throw new SurveyRefused(409, "callback-pending", "callback " + id
                    + " is about to become a task on the workbench: its outcome is recorded there");
        }
        jdbc.sql("""
                update callback_tasks set status = 'DONE', done_at = ?, done_by = ?, outcome = ?, indicator = ?
                where id = ? and status = 'OPEN'
                """).params(timestamp(clock.instant()), actor, outcome.strip(), indicator, id).update();
        return find(id).orElseThrow();
    }

    private boolean momentTypeEnabled(String type) {
        return catalog.type(type).map(io.manyi.moments.MomentType::enabled).orElse(false);
    }

    private static String truncate(String text) {
        return text.length() <= 2000 ? text : text.substring(0, 2000);
    }
}
