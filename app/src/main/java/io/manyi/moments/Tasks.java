package io.manyi.moments;

import io.manyi.moments.internal.TaskQueries;
import io.manyi.moments.internal.TaskQueries.ReasonRow;
import io.manyi.moments.internal.TaskQueries.TaskRow;
import io.manyi.moments.internal.TaskTable;
import io.manyi.platform.Role;
import io.manyi.platform.audit.AuditLog;
import io.manyi.platform.security.CurrentUser;
import io.manyi.platform.time.RelativeDays;
import io.manyi.subscriber.SubscriberRefs;
import io.manyi.subscriber.Visibility;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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
        ZoneId zone = clock.getZone();
        List<TaskRow> rows = queries.day(who, day, day.atStartOfDay(zone).toInstant(),
                day.plusDays(1).atStartOfDay(zone).toInstant(), DAY_LIMIT);
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

    List<TaskView> views(CurrentUser reader, List<TaskRow> rows, boolean english) {
        Visibility visibility = Visibility.of(reader.roles());
        Map<String, MomentType> types = new HashMap<>();
        catalog.types().forEach(t -> types.put(t.code(), t));
        Map<Long, List<ReasonRow>> reasons = queries.reasons(rows.stream().map(TaskRow::id).toList());
        LocalDate today = today();
        Instant now = clock.instant();
        return rows.stream().map(r -> {
            MomentType type = types.get(r.type());
            List<TaskView.Reason> why = reasons.getOrDefault(r.id(), List.of()).stream().map(m -> {
                MomentType t = types.get(m.type());
                return new TaskView.Reason(m.type(), t == null ? m.type() : t.name(english),
                        // a stored "(in N days)" is counted again from today
                        RelativeDays.refresh(english ? m.detailEn() : m.detailZh(), clock), t == null ? null : t.need(),
                        m.expectedValue());
            }).toList();
            String name = visibility.showName(r.name());
            String detail = ScriptFacts.joined(why.stream().map(TaskView.Reason::detail).toList(), english ? "; " : "；");
            boolean callback = why.stream().map(w -> types.get(w.type()))
                    .anyMatch(t -> t != null && t.actionKind() == ActionKind.CALLBACK);
            return new TaskView(r.id(), visibility.showMsisdn(r.msisdn()), refs.of(r.msisdn()), name, r.type(),
                    type == null ? r.type() : type.name(english), type == null ? null : type.need(), r.priority(),
                    r.status(), r.dueOn(), r.assignee(), instant(r.notBefore()), instant(r.slaDueAt()),
                    instant(r.callbackAt()), r.outcome(), r.note(), r.campaignId(), why,
                    type == null ? detail : type.script(english, name, detail), callback, r.callbackDone(),
                    instant(r.updatedAt()), r.callbackAt() == null ? null
                            : LOCAL.format(r.callbackAt().toInstant().atZone(clock.getZone())),
                    due(r, today, now));
        }).toList();
    }

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    /**
     * Where a task stands against the clock (docs/moments.md, "The day"): CLOSED; a booked call-back,
     * CALLBACK_NOT_DUE until its time (in the operator's zone, whatever its day) and CALLBACK_DUE
     * from then; OVERDUE when its day or SLA has passed; TODAY; LATER.
     */
    static String due(TaskRow r, LocalDate today, Instant now) {
        if (!TaskStatus.valueOf(r.status()).isOpen()) {
            return "CLOSED";
        }
        if (r.callbackAt() != null && !r.callbackDone()) {
            return r.callbackAt().toInstant().isAfter(now) ? "CALLBACK_NOT_DUE" : "CALLBACK_DUE";
        }
        if (r.dueOn().isBefore(today) || r.slaDueAt() != null && r.slaDueAt().toInstant().isBefore(now)) {
            return "OVERDUE";
        }
        return r.dueOn().equals(today) ? "TODAY" : "LATER";
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
