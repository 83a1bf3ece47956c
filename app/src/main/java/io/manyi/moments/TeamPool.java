package io.manyi.moments;

import io.manyi.moments.internal.TaskQueries;
import io.manyi.moments.internal.TaskQueries.TaskRow;
import io.manyi.moments.internal.TaskTable;
import io.manyi.platform.Role;
import io.manyi.platform.audit.AuditLog;
import io.manyi.platform.security.CurrentUser;
import io.manyi.subscriber.SubscriberDirectory;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The supervisor's side of the tasks: the team's load and completion, the pool of unassigned
 * tasks, and moving work between managers (assign, reassign, return to the pool, rebalance a
 * day) within each manager's book and daily capacity. A manager's own work on their tasks is
 * {@link Tasks}.
 */
@Service
public class TeamPool {

    private final Tasks tasks;
    private final TaskQueries queries;
    private final TaskTable table;
    private final MomentSettings settings;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final SubscriberDirectory directory;

    public TeamPool(Tasks tasks, TaskQueries queries, TaskTable table, MomentSettings settings, AuditLog audit,
                    JdbcClient jdbc, Clock clock, SubscriberDirectory directory) {
        this.tasks = tasks;
        this.queries = queries;
        this.table = table;
        this.settings = settings;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
        this.directory = directory;
    }

    /**
     * A supervisor hands a task to a manager (from the team pool, or from another manager). Refused
     * with 409 when the task is closed, when the subscriber is not in the manager's book (they could
     * not open the task's 360: a manager sees their own book only) and when the manager's open tasks
     * due by today already fill their daily capacity. Audited.
     */
    @Transactional
    public TaskView reassign(CurrentUser actor, long id, String assignee) {
        if (!Tasks.supervises(actor)) {
            throw new TaskRefused(403, "not-supervisor", "Only supervisors reassign tasks");
        }
        TaskRow row = queries.find(id).orElseThrow(() -> new TaskRefused(404, "no-task", "No task " + id));
        if (!TaskStatus.valueOf(row.status()).isOpen()) {
            throw new TaskRefused(409, "closed", "Task " + id + " is closed (" + row.status() + "): it cannot be reassigned");
        }
        String target = assignee == null ? null : assignee.strip();
        requireCanTake(target, row, 1);
        move(actor, row, target, "reassigned");
        return tasks.get(actor, id, false);
    }

    /** A supervisor puts a manager's open task back into the team pool. Audited. */
    @Transactional
    public TaskView toPool(CurrentUser actor, long id) {
        if (!Tasks.supervises(actor)) {
            throw new TaskRefused(403, "not-supervisor", "Only supervisors move tasks to the pool");
        }
        TaskRow row = queries.find(id).orElseThrow(() -> new TaskRefused(404, "no-task", "No task " + id));
        if (!TaskStatus.valueOf(row.status()).isOpen()) {
            throw new TaskRefused(409, "closed", "Task " + id + " is closed (" + row.status() + ")");
        }
        move(actor, row, null, "to-pool");
        return tasks.get(actor, id, false);
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
        if (!Tasks.supervises(actor)) {
            throw new TaskRefused(403, "not-supervisor", "Only supervisors rebalance a day");
        }
        if (from == null || from.isBlank() || queries.staffRole(from.strip()).isEmpty()) {
            throw new TaskRefused(400, "no-staff", "from: no staff member '" + from + "'");
        }
        if (count < 1 || count > Tasks.DAY_LIMIT) {
            throw new TaskRefused(400, "bad-count", "count: between 1 and " + Tasks.DAY_LIMIT + ", not " + count);
        }
        String source = from.strip();
        String target = to == null || to.isBlank() ? null : to.strip();
        if (source.equals(target)) {
            throw new TaskRefused(400, "same-manager", "to: the tasks are " + source + "'s already");
        }
        List<Long> candidates = queries.openLeastValuable(source, tasks.today(), Tasks.DAY_LIMIT);
        if (candidates.isEmpty()) {
            throw new TaskRefused(409, "nothing-open", source + " has no open task to move");
        }
        if (target != null) {
            requireStaffManager(target);
            long free = capacityOf(target) - queries.openDue(target, tasks.today());
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
        long open = queries.openDue(target, tasks.today());
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
        List<TaskView> views = tasks.views(reader, rows, english);
        List<PoolTask> pool = new ArrayList<>(views.size());
        for (int i = 0; i < rows.size(); i++) {
            pool.add(new PoolTask(views.get(i), holders.getOrDefault(rows.get(i).msisdn(), List.of())));
        }
        return pool;
    }

    public long poolSize(LocalDate day) {
        return queries.poolSize(day);
    }
}
