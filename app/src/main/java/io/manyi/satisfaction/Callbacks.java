package io.manyi.satisfaction;

import static io.manyi.complaints.internal.TicketRows.ts;

import io.manyi.complaints.TicketRefused;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Callback tasks: after a closed complaint and after a low survey score. Completing one records
 * what the customer said against a satisfaction indicator. (Key moments will take these over by
 * consuming {@code ComplaintClosed} and {@code SurveyScoredLow}; until then they are tasks here.)
 */
@Component
public class Callbacks {

    /** The seeds' satisfaction indicators a dissatisfaction cause is recorded against. */
    public static final Set<String> INDICATORS = Set.of("SERVICE_FITS_NEED", "SUBSCRIPTION_CONFIRMED", "EASY_TO_CANCEL",
            "EASY_TO_USE", "FEES_UNDERSTOOD", "OTHER");

    public record Callback(long id, String reason, String msisdn, Long ticketId, Long surveyId, String status,
                           Instant dueAt, Instant createdAt, Instant doneAt, String doneBy, String outcome,
                           String indicator) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    public Callbacks(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Opens a callback once per {@code dedupKey}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void open(String reason, String msisdn, Long ticketId, Long surveyId, Instant dueAt, String dedupKey) {
        jdbc.sql("""
                insert into callback_tasks (reason, msisdn, ticket_id, survey_id, due_at, created_at, dedup_key)
                values (?, ?, ?, ?, ?, ?, ?) on conflict (dedup_key) do nothing
                """).params(reason, msisdn, ticketId, surveyId, ts(dueAt), ts(clock.instant()), dedupKey).update();
    }

    public List<Callback> list(String status, String reason, String msisdn, int limit) {
        return jdbc.sql("""
                        select id, reason, msisdn, ticket_id, survey_id, status, due_at, created_at, done_at, done_by,
                               outcome, indicator
                        from callback_tasks
                        where (cast(? as varchar) is null or status = ?) and (cast(? as varchar) is null or reason = ?)
                          and (cast(? as varchar) is null or msisdn = ?)
                        order by status, due_at, id limit ?
                        """).params(status, status, reason, reason, msisdn, msisdn, limit)
                .query(Callback.class).list();
    }

    @Transactional
    public Callback complete(long id, String outcome, String indicator, String actor) {
        if (outcome == null || outcome.isBlank() || outcome.length() > 2000) {
            throw TicketRefused.invalid("an outcome (up to 2000 characters) is needed");
        }
        if (indicator != null && !INDICATORS.contains(indicator)) {
            throw TicketRefused.invalid("indicator must be one of " + INDICATORS);
        }
        int done = jdbc.sql("""
                update callback_tasks set status = 'DONE', done_at = ?, done_by = ?, outcome = ?, indicator = ?
                where id = ? and status = 'OPEN'
                """).params(ts(clock.instant()), actor, outcome.strip(), indicator, id).update();
        if (done == 0) {
            boolean exists = jdbc.sql("select count(*) from callback_tasks where id = ?").param(id)
                    .query(Integer.class).single() > 0;
            throw exists ? new TicketRefused(409, "callback-done", "callback " + id + " is done already")
                    : new TicketRefused(404, "unknown-callback", "no callback " + id);
        }
        return list(null, null, null, Integer.MAX_VALUE).stream().filter(c -> c.id() == id).findFirst().orElseThrow();
    }
}
