package io.manyi.moments;

import io.manyi.moments.internal.TaskQueries;
import io.manyi.moments.internal.TaskQueries.ReasonRow;
import io.manyi.moments.internal.TaskQueries.TaskRow;
import io.manyi.moments.internal.TaskTable;
import io.manyi.platform.Role;
import io.manyi.platform.audit.AuditLog;
import io.manyi.platform.security.CurrentUser;
import io.manyi.platform.time.RelativeDays;
import io.manyi.subscriber.SubscriberDirectory;
import io.manyi.subscriber.SubscriberRefs;
import io.manyi.subscriber.Visibility;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    private final SubscriberDirectory directory;

    public Tasks(TaskQueries queries, TaskTable table, MomentCatalog catalog, MomentSettings settings, AuditLog audit,
                 JdbcClient jdbc, Clock clock, SubscriberRefs refs, List<CallbackOutcomes> callbackOutcomes,
                 SubscriberDirectory directory) {
        this.directory = directory;
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

    /**
     * A supervisor hands a task to a manager (from the team pool, or from another manager). Refused
     * with 409 when the task is closed, when the subscriber is not in the manager's book (they could
     * not open the task's 360: a manager sees their own book only) and when the manager's open tasks
     * due by today already fill their daily capacity. Audited.
     */
    @Transactional
    public TaskView reassign(CurrentUser actor, long id, String assignee) {
        if (!supervises(actor)) {
            throw new TaskRefused(403, "not-supervisor", "Only supervisors reassign tasks");
        }
        TaskRow row = queries.find(id).orElseThrow(() -> new TaskRefused(404, "no-task", "No task " + id));
        if (!TaskStatus.valueOf(row.status()).isOpen()) {
            throw new TaskRefused(409, "closed", "Task " + id + " is closed (" + row.status() + "): it cannot be reassigned");
        }
        String target = assignee == null ? null : assignee.strip();
        requireCanTake(target, row, 1);
        move(actor, row, target, "reassigned");
        return get(actor, id, false);
    }

    /** A supervisor puts a manager's open task back into the team pool. Audited. */
    @Transactional
    public TaskView toPool(CurrentUser actor, long id) {
        if (!supervises(actor)) {
            throw new TaskRefused(403, "not-supervisor", "Only supervisors move tasks to the pool");
        }
        TaskRow row = queries.find(id).orElseThrow(() -> new TaskRefused(404, "no-task", "No task " + id));
        if (!TaskStatus.valueOf(row.status()).isOpen()) {
            throw new TaskRefused(409, "closed", "Task " + id + " is closed (" + row.status() + ")");
        }
        move(actor, row, null, "to-pool");
        return get(actor, id, false);
    }

    /** What a rebalance did: the tasks moved and where to. */
    public record Rebalanced(String from, String to, List<Long> moved) {
    }

    /**
     * Moves {@code count} of {@code from}'s open tasks (the least valuable first) to the pool
     * ({@code to} null or blank) or to another manager, within that manager's capacity and book:
     * a task whose subscriber is not in {@code to}'s book stays. Refused with 409 when {@code to}
     * has no free capacity for {@code count} tasks. Each move is audited.
     */
    @Transactional
    public Rebalanced rebalance(CurrentUser actor, String from, int count, String to) {
        if (!supervises(actor)) {
            throw new TaskRefused(403, "not-supervisor", "Only supervisors rebalance a day");
        }
        if (from == null || from.isBlank() || queries.staffRole(from.strip()).isEmpty()) {
            throw new TaskRefused(400, "no-staff", "from: no staff member '" + from + "'");
        }
        if (count < 1 || count > DAY_LIMIT) {
            throw new TaskRefused(400, "bad-count", "count: between 1 and " + DAY_LIMIT + ", not " + count);
        }
        String source = from.strip();
        String target = to == null || to.isBlank() ? null : to.strip();
        if (source.equals(target)) {
            throw new TaskRefused(400, "same-manager", "to: the tasks are " + source + "'s already");
        }
        List<Long> candidates = queries.openLeastValuable(source, today(), DAY_LIMIT);
        if (candidates.isEmpty()) {
            throw new TaskRefused(409, "nothing-open", source + " has no open task to move");
        }
        if (target != null) {
            requireStaffManager(target);
            long free = capacityOf(target) - queries.openDue(target, today());
            if (free < count) {
                throw new TaskRefused(409, "over-capacity", target + " has room for " + Math.max(0, free)
                        + " more task(s) today (capacity " + capacityOf(target) + "), not " + count);
            }
        }
        List<Long> moved = new ArrayList<>();
        for (Long id : candidates) {
            if (moved.size() == count) {
                break;
            }
            TaskRow row = queries.find(id).orElseThrow();
            if (target != null && !inBookOf(target, row.msisdn())) {
                continue;
            }
            move(actor, row, target, "rebalanced");
            moved.add(id);
        }
        if (moved.isEmpty()) {
            throw new TaskRefused(409, "not-in-book", "None of " + source + "'s open tasks is for a subscriber in "
                    + target + "'s book");
        }
        return new Rebalanced(source, target, moved);
    }

    private void move(CurrentUser actor, TaskRow row, String target, String action) {
        jdbc.sql("update tasks set assignee = ?, status = ?, updated_at = ? where id = ?")
                .params(target, target == null ? "NEW" : "ASSIGNED", Timestamp.from(clock.instant()), row.id()).update();
        String detail = (row.assignee() == null ? "pool" : row.assignee()) + " -> " + (target == null ? "pool" : target);
        table.history(row.id(), clock.instant(), actor.username(), action, detail);
        audit.record(actor.username(), "task." + action, row.msisdn(), "task " + row.id() + ": " + detail);
    }

    /** The checks of giving {@code target} {@code count} more tasks like {@code row}: staff, book, capacity. */
    private void requireCanTake(String target, TaskRow row, int count) {
        requireStaffManager(target);
        if (target.equals(row.assignee())) {
            throw new TaskRefused(409, "same-manager", "Task " + row.id() + " is " + target + "'s already");
        }
        if (!inBookOf(target, row.msisdn())) {
            throw new TaskRefused(409, "not-in-book", "Task " + row.id() + "'s subscriber is not in " + target
                    + "'s book: " + target + " could not open the task");
        }
        long open = queries.openDue(target, today());
        int capacity = capacityOf(target);
        if (open + count > capacity) {
            throw new TaskRefused(409, "over-capacity", target + " is at capacity: " + open + " open task(s) of "
                    + capacity + " a day");
        }
    }

    private void requireStaffManager(String target) {
        String role = target == null || target.isBlank() ? null : queries.staffRole(target).orElse(null);
        if (role == null) {
            throw new TaskRefused(400, "no-staff", "assignee: no staff member '" + target + "'");
        }
        if (!role.equals(Role.PHONE_MANAGER.name()) && !role.equals(Role.ACCOUNT_MANAGER.name())) {
            throw new TaskRefused(400, "not-a-manager", "assignee: " + target + " is no phone or account manager");
        }
    }

    /** The subscriber feature's book rule, for a manager who is not the reader. */
    private boolean inBookOf(String manager, String msisdn) {
        Role role = queries.staffRole(manager).flatMap(Role::parse).orElse(Role.PHONE_MANAGER);
        return directory.inBook(new CurrentUser(manager, Set.of(role)), msisdn);
    }

    private int capacityOf(String manager) {
        return queries.capacity(manager).orElse(settings.policy().defaultCapacity());
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

    /**
     * A manager's load: on {@code day}, the tasks due that day against capacity and how many are
     * finished; {@code openNow} their open tasks due by that day (what capacity is measured against
     * when work is moved); over the week to that day (Monday on), the tasks due, done and failed.
     */
    public record Load(String username, String displayName, String role, String team, long assigned, int capacity,
                       long done, long failed, long open, long accepted, long openNow, long weekAssigned, long weekDone,
                       long weekFailed) {
        public int completionPercent() {
            return assigned == 0 ? 0 : (int) Math.round(100.0 * (done + failed) / assigned);
        }

        /** Done or failed of the week's tasks, in percent. */
        public int weekCompletionPercent() {
            return weekAssigned == 0 ? 0 : (int) Math.round(100.0 * (weekDone + weekFailed) / weekAssigned);
        }

        /** Reached (done) of the week's finished tasks, in percent; 0 when none finished. */
        public int weekSuccessPercent() {
            return weekDone + weekFailed == 0 ? 0 : (int) Math.round(100.0 * weekDone / (weekDone + weekFailed));
        }

        public boolean full() {
            return openNow >= capacity;
        }
    }

    public List<Load> load(LocalDate day) {
        int defaultCapacity = settings.policy().defaultCapacity();
        return queries.load(day, day.with(DayOfWeek.MONDAY)).stream().map(r -> new Load(r.username(), r.displayName(),
                r.role(), r.team(), r.assigned(), r.capacity() == null ? defaultCapacity : r.capacity(), r.done(),
                r.failed(), r.open(), r.accepted(), r.openNow(), r.weekAssigned(), r.weekDone(), r.weekFailed())).toList();
    }

    /** The pool's tasks due by {@code day}, most valuable first, each with the managers whose book has the subscriber. */
    public record PoolTask(TaskView task, List<String> managers) {
    }

    public List<PoolTask> pool(CurrentUser reader, LocalDate day, int limit, boolean english) {
        List<TaskRow> rows = queries.pool(day, limit);
        Map<String, List<String>> holders = queries.bookHolders(rows.stream().map(TaskRow::msisdn).toList());
        audit.record(reader.username(), "task.pool", rows.size() + " pool tasks on " + day,
                rows.stream().map(TaskRow::msisdn).collect(Collectors.joining(",")));
        List<TaskView> views = views(reader, rows, english);
        List<PoolTask> pool = new ArrayList<>(views.size());
        for (int i = 0; i < rows.size(); i++) {
            pool.add(new PoolTask(views.get(i), holders.getOrDefault(rows.get(i).msisdn(), List.of())));
        }
        return pool;
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
