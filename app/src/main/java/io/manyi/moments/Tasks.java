package io.manyi.moments;

import io.manyi.moments.internal.TaskQueries;
import io.manyi.moments.internal.TaskQueries.ReasonRow;
import io.manyi.moments.internal.TaskQueries.TaskRow;
import io.manyi.moments.internal.TaskTable;
import io.manyi.platform.Role;
import io.manyi.platform.audit.AuditLog;
import io.manyi.platform.security.CurrentUser;
import io.manyi.subscriber.SubscriberRefs;
import io.manyi.subscriber.Visibility;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The phone managers' tasks (docs/moments.md, "Tasks"): reading a day, starting, recording an
 * outcome, booking a call-back, reassigning, expiring. A phone or account manager acts on their
 * own tasks only; supervisors and admins on everyone's. Reads are audited like any read of
 * personal data; every change goes to task_history.
 */
@Service
public class Tasks {

    static final int DAY_LIMIT = 500;

    private final TaskQueries queries;
    private final TaskTable table;
    private final MomentCatalog catalog;
    private final MomentSettings settings;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final SubscriberRefs refs;
    private final List<CallbackOutcomes> callbackOutcomes;

    public Tasks(TaskQueries queries, TaskTable table, MomentCatalog catalog, MomentSettings settings, AuditLog audit,
                 JdbcClient jdbc, Clock clock, SubscriberRefs refs, List<CallbackOutcomes> callbackOutcomes) {
        this.refs = refs;
        this.callbackOutcomes = callbackOutcomes;
        this.queries = queries;
        this.table = table;
        this.catalog = catalog;
        this.settings = settings;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** {@code assignee}'s day (null: the reader's own; supervisors may ask for anyone's or, with "*", everyone's). */
    public List<TaskView> day(CurrentUser reader, String assignee, LocalDate day, boolean english) {
        String who = assignee == null || assignee.isBlank() ? reader.username() : assignee.strip();
        if ("*".equals(who)) {
            who = null;
        }
        if (!supervises(reader) && !reader.username().equals(who)) {
            throw new TaskRefused(403, "not-yours", "Phone managers see their own tasks only");
        }
        List<TaskRow> rows = queries.day(who, day, DAY_LIMIT);
        audit.record(reader.username(), "task.list", rows.size() + " tasks of " + (who == null ? "everyone" : who) + " on " + day,
                rows.stream().map(TaskRow::msisdn).collect(Collectors.joining(",")));
        return views(reader, rows, english);
    }

    public TaskView get(CurrentUser reader, long id, boolean english) {
        TaskRow row = readable(reader, id);
        audit.record(reader.username(), "task.view", row.msisdn(), "task " + id);
        return views(reader, List.of(row), english).getFirst();
    }

    /** The task's number in full, for the assignee or a supervisor: each reveal is audited. */
    public String revealNumber(CurrentUser reader, long id) {
        TaskRow row = readable(reader, id);
        audit.record(reader.username(), "task.reveal-number", row.msisdn(), "task " + id);
        return row.msisdn();
    }

    @Transactional
    public TaskView start(CurrentUser actor, long id) {
        TaskRow row = writable(actor, id);
        if (!TaskStatus.valueOf(row.status()).canStart()) {
            throw new TaskRefused(409, "not-startable", "Task " + id + " is " + row.status());
        }
        if (!row.status().equals("IN_PROGRESS")) {
            update(id, "status = 'IN_PROGRESS'");
            table.history(id, clock.instant(), actor.username(), "started", null);
        }
        return get(actor, id, false);
    }

    /**
     * Records what came of the call. CALL_BACK_LATER needs {@code callbackAt} (or takes the same
     * time tomorrow); any other outcome closes the task and keeps an appointment it had.
     */
    @Transactional
    public TaskView recordOutcome(CurrentUser actor, long id, Outcome outcome, String note, Instant callbackAt) {
        return recordOutcome(actor, id, outcome, note, callbackAt, null);
    }

    /**
     * As above; a callback task (one with a reason of a CALLBACK type) also takes the satisfaction
     * indicator the customer's words are recorded against. A closing outcome completes the
     * callbacks' records ({@link CallbackOutcomes}); the indicator is kept only when the customer
     * was reached. An indicator on a task that is no callback is refused.
     */
    @Transactional
    public TaskView recordOutcome(CurrentUser actor, long id, Outcome outcome, String note, Instant callbackAt,
                                  SatisfactionIndicator indicator) {
        if (outcome == null) {
            throw new TaskRefused(400, "no-outcome", "outcome is required: one of " + List.of(Outcome.values()));
        }
        TaskRow row = writable(actor, id);
        if (!TaskStatus.valueOf(row.status()).canRecordOutcome()) {
            throw new TaskRefused(409, "closed", "Task " + id + " is " + row.status());
        }
        List<CallbackOutcomes.CallbackReason> callbacks = queries.callbackReasons(id);
        if (indicator != null && callbacks.isEmpty()) {
            throw new TaskRefused(400, "not-a-callback",
                    "Task " + id + " is no callback: an indicator is recorded for callback tasks only");
        }
        if (outcome == Outcome.CALL_BACK_LATER) {
            bookCallback(actor, id, callbackAt == null ? clock.instant().plusSeconds(86_400) : callbackAt, note);
            return get(actor, id, false);
        }
        jdbc.sql("""
                        update tasks set status = ?, outcome = ?, note = ?, updated_at = ?,
                               callback_done = (callback_at is not null)
                        where id = ?
                        """)
                .params(outcome.resultingStatus().name(), outcome.name(), note, Timestamp.from(clock.instant()), id).update();
        table.history(id, clock.instant(), actor.username(), "outcome", outcome + (note == null ? "" : ": " + note)
                + (indicator == null ? "" : " [" + indicator + "]"));
        if (!callbacks.isEmpty()) {
            SatisfactionIndicator kept = outcome.resultingStatus() == TaskStatus.DONE ? indicator : null;
            CallbackOutcomes.Closed closed = new CallbackOutcomes.Closed(id, row.msisdn(), callbacks, outcome, note, kept,
                    actor.username(), clock.instant());
            callbackOutcomes.forEach(c -> c.closed(closed));
        }
        return get(actor, id, false);
    }

    /** An appointment: call back at {@code at} (not in the quiet hours, not in the past). */
    @Transactional
    public TaskView bookCallback(CurrentUser actor, long id, Instant at, String note) {
        TaskRow row = writable(actor, id);
        if (!TaskStatus.valueOf(row.status()).canRecordOutcome()) {
            throw new TaskRefused(409, "closed", "Task " + id + " is " + row.status());
        }
        if (at == null || at.isBefore(clock.instant())) {
            throw new TaskRefused(400, "bad-time", "A call-back needs a time in the future");
        }
        ContactPolicy policy = settings.policy();
        LocalDateTime local = LocalDateTime.ofInstant(at, clock.getZone());
        if (policy.isQuiet(local.toLocalTime())) {
            throw new TaskRefused(400, "quiet-hours", "No calls between " + policy.quietFrom() + " and " + policy.quietTo());
        }
        int slaHours = catalog.type(row.type()).map(MomentType::slaHours).orElse(24);
        jdbc.sql("""
                        update tasks set status = 'IN_PROGRESS', outcome = 'CALL_BACK_LATER', callback_at = ?, callback_done = false,
                               due_on = ?, sla_due_at = ?, note = coalesce(?, note), updated_at = ?
                        where id = ?
                        """)
                .params(Timestamp.from(at), java.sql.Date.valueOf(local.toLocalDate()),
                        Timestamp.from(at.plusSeconds(3600L * slaHours)), note, Timestamp.from(clock.instant()), id)
                .update();
        table.history(id, clock.instant(), actor.username(), "callback-booked", local + (note == null ? "" : ": " + note));
        return get(actor, id, false);
    }

    /** A supervisor hands a task to someone else (or takes it out of the pool). */
    @Transactional
    public TaskView reassign(CurrentUser actor, long id, String assignee) {
        if (!supervises(actor)) {
            throw new TaskRefused(403, "not-supervisor", "Only supervisors reassign tasks");
        }
        TaskRow row = queries.find(id).orElseThrow(() -> new TaskRefused(404, "no-task", "No task " + id));
        if (!TaskStatus.valueOf(row.status()).isOpen()) {
            throw new TaskRefused(409, "closed", "Task " + id + " is " + row.status());
        }
        if (assignee == null || !queries.isStaff(assignee.strip())) {
            throw new TaskRefused(400, "no-staff", "No staff member " + assignee);
        }
        jdbc.sql("update tasks set assignee = ?, status = 'ASSIGNED', updated_at = ? where id = ?")
                .params(assignee.strip(), Timestamp.from(clock.instant()), id).update();
        table.history(id, clock.instant(), actor.username(), "reassigned",
                (row.assignee() == null ? "pool" : row.assignee()) + " -> " + assignee.strip());
        return get(actor, id, false);
    }

    /** Open tasks past their SLA (and any appointment) become EXPIRED. */
    @Transactional
    public int expireOverdue() {
        return queries.expire(clock.instant());
    }

    public Appointments appointments(String assignee) {
        Instant now = clock.instant();
        long processed = 0, due = 0, notDue = 0;
        for (TaskQueries.AppointmentRow a : queries.appointments(assignee)) {
            switch (Appointments.classify(a.callbackAt().toInstant(), a.callbackDone(), now)) {
                case PROCESSED -> processed++;
                case DUE -> due++;
                case NOT_DUE -> notDue++;
            }
        }
        return new Appointments(processed, due, notDue);
    }

    /** A manager's load on a day: tasks against capacity, and how many are finished. */
    public record Load(String username, String displayName, String team, long assigned, int capacity, long done,
                       long failed, long open, long accepted) {
        public int completionPercent() {
            return assigned == 0 ? 0 : (int) Math.round(100.0 * (done + failed) / assigned);
        }
    }

    public List<Load> load(LocalDate day) {
        int defaultCapacity = settings.policy().defaultCapacity();
        return queries.load(day).stream().map(r -> new Load(r.username(), r.displayName(), r.team(), r.assigned(),
                r.capacity() == null ? defaultCapacity : r.capacity(), r.done(), r.failed(), r.open(), r.accepted())).toList();
    }

    public long poolSize(LocalDate day) {
        return queries.poolSize(day);
    }

    public static boolean supervises(CurrentUser user) {
        return user.has(Role.SUPERVISOR) || user.has(Role.ADMIN);
    }

    private TaskRow readable(CurrentUser reader, long id) {
        TaskRow row = queries.find(id).orElseThrow(() -> new TaskRefused(404, "no-task", "No task " + id));
        if (!supervises(reader) && !reader.username().equals(row.assignee())) {
            audit.record(reader.username(), "task.view.denied", row.msisdn(), "task " + id);
            throw new TaskRefused(403, "not-yours", "Task " + id + " is not yours");
        }
        return row;
    }

    private TaskRow writable(CurrentUser actor, long id) {
        TaskRow row = queries.find(id).orElseThrow(() -> new TaskRefused(404, "no-task", "No task " + id));
        if (!supervises(actor) && !actor.username().equals(row.assignee())) {
            throw new TaskRefused(403, "not-yours", "Task " + id + " is not yours");
        }
        return row;
    }

    private void update(long id, String set) {
        jdbc.sql("update tasks set " + set + ", updated_at = ? where id = ?").params(Timestamp.from(clock.instant()), id).update();
    }

    private List<TaskView> views(CurrentUser reader, List<TaskRow> rows, boolean english) {
        Visibility visibility = Visibility.of(reader.roles());
        Map<String, MomentType> types = new HashMap<>();
        catalog.types().forEach(t -> types.put(t.code(), t));
        Map<Long, List<ReasonRow>> reasons = queries.reasons(rows.stream().map(TaskRow::id).toList());
        return rows.stream().map(r -> {
            MomentType type = types.get(r.type());
            List<TaskView.Reason> why = reasons.getOrDefault(r.id(), List.of()).stream().map(m -> {
                MomentType t = types.get(m.type());
                return new TaskView.Reason(m.type(), t == null ? m.type() : t.name(english),
                        english ? m.detailEn() : m.detailZh(), t == null ? null : t.need(), m.expectedValue());
            }).toList();
            String name = visibility.showName(r.name());
            String detail = why.stream().map(TaskView.Reason::detail).collect(Collectors.joining(english ? "; " : "；"));
            boolean callback = why.stream().map(w -> types.get(w.type()))
                    .anyMatch(t -> t != null && t.actionKind() == ActionKind.CALLBACK);
            return new TaskView(r.id(), visibility.showMsisdn(r.msisdn()), refs.of(r.msisdn()), name, r.type(),
                    type == null ? r.type() : type.name(english), type == null ? null : type.need(), r.priority(),
                    r.status(), r.dueOn(), r.assignee(), instant(r.notBefore()), instant(r.slaDueAt()),
                    instant(r.callbackAt()), r.outcome(), r.note(), r.campaignId(), why,
                    type == null ? detail : type.script(english, name, detail), callback);
        }).toList();
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
