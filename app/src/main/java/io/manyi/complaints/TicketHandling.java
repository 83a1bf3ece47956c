package io.manyi.complaints;

import static io.manyi.complaints.internal.TicketRows.ts;

import io.manyi.complaints.internal.TicketRows;
import io.manyi.loyalty.Adjustments;
import io.manyi.loyalty.PointsRefused;
import io.manyi.platform.outbox.Outbox;
import io.manyi.platform.outbox.events.ComplaintClosed;
import io.manyi.satisfaction.Callbacks;
import io.manyi.satisfaction.Surveys;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The six-step handling of a ticket, its status changes (waiting for the customer pauses the SLA
 * clock) and its closure: a remedy and the customer's agreement (or a recorded reason) first;
 * then the compensation, {@code ComplaintClosed}, a callback task and a survey, all in the
 * transaction that closes it.
 */
@Component
public class TicketHandling {

    private final JdbcClient jdbc;
    private final TicketRows rows;
    private final Tickets tickets;
    private final SlaTimers timers;
    private final Adjustments adjustments;
    private final Outbox outbox;
    private final Callbacks callbacks;
    private final Surveys surveys;
    private final Clock clock;
    private final java.util.function.Predicate<String> assignees;

    public TicketHandling(JdbcClient jdbc, TicketRows rows, Tickets tickets, SlaTimers timers, Adjustments adjustments,
                          Outbox outbox, Callbacks callbacks, Surveys surveys, Clock clock, DeskUsers deskUsers) {
        this.assignees = deskUsers::isDeskUser;
        this.jdbc = jdbc;
        this.rows = rows;
        this.tickets = tickets;
        this.timers = timers;
        this.adjustments = adjustments;
        this.outbox = outbox;
        this.callbacks = callbacks;
        this.surveys = surveys;
        this.clock = clock;
    }

    /** What a step records; {@code remedy} only for PROPOSE_REMEDY, {@code agreed}/{@code reason} only for GET_AGREEMENT. */
    public record StepRecord(HandlingStep step, String note, Remedy remedy, Boolean agreed, String reason) {
    }

    @Transactional
    public Ticket record(long id, StepRecord record, String actor) {
        TicketStatus status = lockOpen(id);
        if (record.step() == null || record.note() == null || record.note().isBlank() || record.note().length() > 2000) {
            throw TicketRefused.invalid("a step and a note (up to 2000 characters) are needed");
        }
        Instant now = clock.instant();
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("step", record.step().name());
        detail.put("note", record.note().strip());
        if (record.step() == HandlingStep.PROPOSE_REMEDY) {
            Remedy remedy = checked(record.remedy());
            jdbc.sql("update tickets set remedy = cast(? as jsonb) where id = ?").params(TicketRows.json(remedy), id).update();
            detail.put("remedy", remedy);
        }
        if (record.step() == HandlingStep.GET_AGREEMENT) {
            if (record.agreed() == null) {
                throw TicketRefused.invalid("agreed (true or false) is needed for GET_AGREEMENT");
            }
            if (!record.agreed() && (record.reason() == null || record.reason().isBlank())) {
                throw TicketRefused.invalid("when the customer does not agree, record the reason");
            }
            Map<String, Object> agreement = new LinkedHashMap<>();
            agreement.put("agreed", record.agreed());
            agreement.put("reason", record.reason() == null ? null : record.reason().strip());
            jdbc.sql("update tickets set agreement = cast(? as jsonb) where id = ?").params(TicketRows.json(agreement), id).update();
            detail.put("agreement", agreement);
        }
        jdbc.sql("""
                insert into ticket_steps (ticket_id, step, note, recorded_at, recorded_by) values (?, ?, ?, ?, ?)
                on conflict (ticket_id, step) do update set note = excluded.note, recorded_at = excluded.recorded_at,
                    recorded_by = excluded.recorded_by
                """).params(id, record.step().name(), record.note().strip(), ts(now), actor).update();
        rows.history(id, now, actor, "STEP_RECORDED", detail);
        if (status == TicketStatus.OPEN) {
            moveTo(id, TicketStatus.OPEN, TicketStatus.IN_PROGRESS, now, actor, null);
        } else {
            touch(id, now);
        }
        return tickets.find(id);
    }

    private Remedy checked(Remedy remedy) {
        if (remedy == null || remedy.text() == null || remedy.text().isBlank()) {
            throw TicketRefused.invalid("PROPOSE_REMEDY needs a remedy with a text");
        }
        ComplaintRules rules = tickets.rules();
        if (remedy.pointsOrZero() < 0 || remedy.pointsOrZero() > rules.maxPointsRemedy()) {
            throw new TicketRefused(422, "remedy-too-large", "points must be between 0 and " + rules.maxPointsRemedy());
        }
        if (remedy.feeCreditOrZero().signum() < 0 || remedy.feeCreditOrZero().compareTo(BigDecimal.valueOf(rules.maxFeeCreditYuan())) > 0
                || remedy.feeCreditOrZero().scale() > 2) {
            throw new TicketRefused(422, "remedy-too-large", "the fee credit must be between 0 and " + rules.maxFeeCreditYuan() + " yuan");
        }
        return remedy;
    }

    /** Any non-final status but CLOSED (which {@link #close} sets); WAITING_CUSTOMER pauses the SLA clock. */
    @Transactional
    public Ticket changeStatus(long id, TicketStatus target, String reason, String actor) {
        TicketStatus current = lockOpen(id);
        if (target == TicketStatus.CLOSED) {
            throw new TicketRefused(409, "close-with-close", "close a ticket through its close action (remedy and agreement checked)");
        }
        if ((target == TicketStatus.REJECTED || target == TicketStatus.CANCELLED) && (reason == null || reason.isBlank())) {
            throw TicketRefused.invalid("rejecting or cancelling needs a reason");
        }
        if (target == current) {
            return tickets.find(id);
        }
        moveTo(id, current, target, clock.instant(), actor, reason);
        return tickets.find(id);
    }

    private void moveTo(long id, TicketStatus from, TicketStatus to, Instant now, String actor, String reason) {
        jdbc.sql("update tickets set status = ?, status_changed_at = ?, last_update = ?, closed_at = ? where id = ?")
                .params(to.name(), ts(now), ts(now), to.isFinal() ? ts(now) : null, id).update();
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("from", from.name());
        detail.put("to", to.name());
        if (reason != null) {
            detail.put("reason", reason);
        }
        rows.history(id, now, actor, "STATUS_CHANGED", detail);
        if (to == TicketStatus.WAITING_CUSTOMER) {
            timers.pause(id, now);
        } else if (from == TicketStatus.WAITING_CUSTOMER) {
            timers.resume(id, now);
        }
        if (to.isFinal()) {
            if (from == TicketStatus.WAITING_CUSTOMER) {
                jdbc.sql("update ticket_pauses set ended_at = ? where ticket_id = ? and ended_at is null").params(ts(now), id).update();
            }
            timers.stop(id);
        }
    }

    /**
     * Closes a ticket: needs the remedy of step 4 and the customer's agreement, or a reason why
     * it closes without ({@code reasonWithoutAgreement}, or the one recorded with GET_AGREEMENT).
     */
    @Transactional
    public Ticket close(long id, String reasonWithoutAgreement, String actor) {
        TicketStatus status = lockOpen(id);
        Ticket ticket = tickets.find(id);
        if (ticket.remedy() == null) {
            throw new TicketRefused(409, "no-remedy", "record a remedy (PROPOSE_REMEDY) before closing");
        }
        boolean agreed = ticket.agreement() != null && Boolean.TRUE.equals(ticket.agreement().get("agreed"));
        String recordedReason = ticket.agreement() == null ? null : (String) ticket.agreement().get("reason");
        String reason = reasonWithoutAgreement != null && !reasonWithoutAgreement.isBlank() ? reasonWithoutAgreement.strip() : recordedReason;
        if (!agreed && (reason == null || reason.isBlank())) {
            throw new TicketRefused(409, "no-agreement", "record the customer's agreement, or a reason to close without it");
        }
        Instant now = clock.instant();
        Remedy remedy = new tools.jackson.databind.json.JsonMapper().convertValue(ticket.remedy(), Remedy.class);
        // a reopened ticket was compensated at its first closure: never twice
        boolean closedBefore = jdbc.sql("select count(*) from ticket_history where ticket_id = ? and action = 'CLOSED'")
                .param(id).query(Long.class).single() > 0;
        if (!closedBefore) {
            compensate(ticket, remedy, actor, now);
        }
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("agreed", agreed);
        if (closedBefore) {
            detail.put("compensatedBefore", true);
        }
        if (!agreed) {
            detail.put("reasonWithoutAgreement", reason);
        }
        rows.history(id, now, actor, "CLOSED", detail);
        moveTo(id, status, TicketStatus.CLOSED, now, actor, null);
        if (ticket.msisdn() != null) {
            afterClosure(ticket, now);
        }
        return tickets.find(id);
    }

    private void compensate(Ticket ticket, Remedy remedy, String actor, Instant now) {
        if (ticket.msisdn() == null) {
            return;
        }
        if (remedy.pointsOrZero() > 0) {
            try {
                Adjustments.Adjusted adjusted = adjustments.adjust(ticket.msisdn(), remedy.pointsOrZero(),
                        "complaint " + ticket.id() + ": " + remedy.text(), "complaint:" + ticket.id(), actor);
                rows.history(ticket.id(), now, actor, "POINTS_CREDITED", Map.of("points", remedy.pointsOrZero(),
                        "entryId", adjusted.entryId()));
            } catch (PointsRefused refused) {
                throw new TicketRefused(refused.status(), refused.code(), refused.getMessage());
            }
        }
        if (remedy.feeCreditOrZero().signum() > 0) {
            jdbc.sql("""
                    insert into fee_credits (ticket_id, msisdn, amount, reason, created_at, created_by)
                    values (?, ?, ?, ?, ?, ?)""").params(ticket.id(), ticket.msisdn(), remedy.feeCreditOrZero(),
                    remedy.text(), ts(now), actor).update();
            rows.history(ticket.id(), now, actor, "FEE_CREDITED", Map.of("yuan", remedy.feeCreditOrZero()));
        }
    }

    private void afterClosure(Ticket ticket, Instant now) {
        outbox.publish(new ComplaintClosed(ticket.msisdn(), YearMonth.from(now.atZone(clock.getZone())), ticket.id(),
                ticket.category(), ticket.severity().name()));
        callbacks.open("COMPLAINT_CLOSED", ticket.msisdn(), ticket.id(), null,
                now.plus(Duration.ofHours(tickets.rules().callbackHours())), "complaint-closed:" + ticket.id());
        surveys.afterTouchpoint(ticket.msisdn(), "COMPLAINT_CLOSED", ticket.id(), "ticket-" + ticket.id());
    }

    /**
     * Reopens a closed or resolved ticket: back to IN_PROGRESS with the reason in the history. The
     * time it stayed closed does not count against the SLA (it is kept as a pause) and the remaining
     * time runs again; the customer's agreement and the follow-up are asked again (steps 5 and 6
     * start over), the remedy stays (its compensation was paid at the first closure, never twice).
     */
    @Transactional
    public Ticket reopen(long id, String reason, String actor) {
        TicketStatus status = rows.lock(id).orElseThrow(() -> TicketRefused.notFound(id));
        if (status != TicketStatus.CLOSED && status != TicketStatus.RESOLVED) {
            throw new TicketRefused(409, "not-reopenable", "only a closed or resolved ticket can be reopened; ticket " + id
                    + " is " + status);
        }
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw TicketRefused.invalid("reason: why the ticket is reopened is needed (up to 500 characters)");
        }
        Instant now = clock.instant();
        Ticket ticket = tickets.find(id);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("from", status.name());
        detail.put("reason", reason.strip());
        rows.history(id, now, actor, "REOPENED", detail);
        jdbc.sql("update tickets set agreement = null where id = ?").param(id).update();
        jdbc.sql("delete from ticket_steps where ticket_id = ? and step in (?, ?)")
                .params(id, HandlingStep.GET_AGREEMENT.name(), HandlingStep.EXECUTE_AND_FOLLOW_UP.name()).update();
        moveTo(id, status, TicketStatus.IN_PROGRESS, now, actor, null);
        if (status == TicketStatus.CLOSED) {
            if (ticket.closedAt() != null && ticket.closedAt().isBefore(now)) {
                jdbc.sql("insert into ticket_pauses (ticket_id, started_at, ended_at) values (?, ?, ?) on conflict do nothing")
                        .params(id, ts(ticket.closedAt()), ts(now)).update();
            }
            timers.schedule(id, ticket.openedAt(), Duration.ofMinutes(ticket.slaMinutes()));
        }
        return tickets.find(id);
    }

    /**
     * Transfers an open ticket to another team (department) and/or agent; a blank assignee with a
     * department hands it to the whole team. Recorded as TRANSFERRED with from and to.
     */
    @Transactional
    public Ticket transfer(long id, String department, String assignee, String reason, String actor) {
        lockOpen(id);
        String toDepartment = department == null || department.isBlank() ? null : department.strip();
        String toAssignee = assignee == null || assignee.isBlank() ? null : assignee.strip();
        if (toDepartment == null && toAssignee == null) {
            throw TicketRefused.invalid("department or assignee: say where the ticket goes");
        }
        if (reason != null && reason.length() > 500) {
            throw TicketRefused.invalid("reason: up to 500 characters");
        }
        if (toDepartment != null && jdbc.sql("select count(*) from complaint_departments where code = ?").param(toDepartment)
                .query(Long.class).single() == 0) {
            throw new TicketRefused(422, "unknown-department", "department: no department " + toDepartment);
        }
        if (toAssignee != null && !assignees.test(toAssignee)) {
            throw new TicketRefused(422, "unknown-assignee", "assignee: " + toAssignee + " is not a user of the complaint desk");
        }
        Ticket before = tickets.find(id);
        String newDepartment = toDepartment == null ? before.handlingDepartment() : toDepartment;
        // a move to another team without naming an agent leaves it with the team, not with the former agent
        String newAssignee = toAssignee != null ? toAssignee
                : (newDepartment != null && newDepartment.equals(before.handlingDepartment()) ? before.assignee() : null);
        if (java.util.Objects.equals(newDepartment, before.handlingDepartment()) && java.util.Objects.equals(newAssignee, before.assignee())) {
            return before;
        }
        Instant now = clock.instant();
        jdbc.sql("update tickets set handling_department = ?, assignee = ?, last_update = ? where id = ?")
                .params(newDepartment, newAssignee, ts(now), id).update();
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("fromDepartment", before.handlingDepartment());
        detail.put("toDepartment", newDepartment);
        detail.put("fromAssignee", before.assignee());
        detail.put("toAssignee", newAssignee);
        if (reason != null && !reason.isBlank()) {
            detail.put("reason", reason.strip());
        }
        rows.history(id, now, actor, "TRANSFERRED", detail);
        return tickets.find(id);
    }

    @Transactional
    public Ticket.Note note(long id, String author, String text) {
        if (rows.lock(id).isEmpty()) {
            throw TicketRefused.notFound(id);
        }
        if (text == null || text.isBlank() || text.length() > 4000) {
            throw TicketRefused.invalid("a note needs a text of up to 4000 characters");
        }
        Instant now = clock.instant();
        long noteId = rows.note(id, author, text.strip(), now);
        rows.history(id, now, author, "NOTE_ADDED", Map.of("noteId", noteId));
        touch(id, now);
        return new Ticket.Note(noteId, author, text.strip(), now);
    }

    private void touch(long id, Instant now) {
        jdbc.sql("update tickets set last_update = ? where id = ?").params(ts(now), id).update();
    }

    private TicketStatus lockOpen(long id) {
        TicketStatus status = rows.lock(id).orElseThrow(() -> TicketRefused.notFound(id));
        if (status.isFinal()) {
            throw new TicketRefused(409, "ticket-final", "ticket " + id + " is " + status);
        }
        return status;
    }
}
