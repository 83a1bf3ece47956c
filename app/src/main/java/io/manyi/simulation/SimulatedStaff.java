package io.manyi.simulation;

import io.manyi.moments.ActionKind;
import io.manyi.moments.MomentCatalog;
import io.manyi.moments.MomentType;
import io.manyi.moments.Outcome;
import io.manyi.moments.TaskRefused;
import io.manyi.moments.Tasks;
import io.manyi.platform.Role;
import io.manyi.platform.security.CurrentUser;
import io.manyi.simulation.internal.ForwardQueries;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * The simulated phone managers: in each simulated month they work every open task on their desks
 * (all were made for this month: by the cycle's dispatch and by events since), most of them
 * once, some twice when the subscriber asks to be called back, and records what came of the call
 * through the product's own {@link Tasks} service, as the workbench and the API do (history, callback
 * records, audit and all). Outcomes are drawn by {@link StaffCalls}: the same seed and tasks give the
 * same outcomes, in any order and on a re-run (a task already closed is not worked again). Tasks
 * in the team pool (nobody's) are not worked: that is what a pool without a supervisor looks like.
 */
@Service
public class SimulatedStaff {

    static final LocalTime CALL_BACK_AT = LocalTime.of(10, 0);

    public record Result(YearMonth month, int tasks, int skipped, Map<Outcome, Integer> outcomes) {

        public int count(Outcome outcome) {
            return outcomes.getOrDefault(outcome, 0);
        }
    }

    private final ForwardQueries queries;
    private final Tasks tasks;
    private final MomentCatalog catalog;
    private final Clock clock;

    public SimulatedStaff(ForwardQueries queries, Tasks tasks, MomentCatalog catalog, Clock clock) {
        this.queries = queries;
        this.tasks = tasks;
        this.catalog = catalog;
        this.clock = clock;
    }

    public Result workMonth(YearMonth month, StaffCalls calls, IntConsumer progress) {
        Map<String, ActionKind> actions = catalog.types().stream()
                .collect(Collectors.toMap(MomentType::code, MomentType::actionKind));
        Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
        int done = 0;
        int skipped = 0;
        for (ForwardQueries.OpenTask task : queries.openTasks()) {
            CurrentUser manager = new CurrentUser(task.assignee(), Set.of(Role.PHONE_MANAGER));
            StaffCalls.Call call = calls.call(task.id(), actions.getOrDefault(task.type(), ActionKind.CARE_CALL));
            try {
                if (call.second() != null) {
                    tasks.recordOutcome(manager, task.id(), Outcome.CALL_BACK_LATER, note(month) + ": call me tomorrow",
                            callBackTime(task.dueOn()));
                }
                tasks.recordOutcome(manager, task.id(), call.last(), note(month), null);
            } catch (TaskRefused e) {
                // Closed meanwhile by someone else (a person on the workbench, a server's expiry sweep): theirs stands.
                skipped++;
                continue;
            }
            counts.merge(call.last(), 1, Integer::sum);
            progress.accept(++done);
        }
        return new Result(month, done, skipped, counts);
    }

    /** The note says which simulated month the call belongs to: the product's own dates follow the real clock. */
    static String note(YearMonth month) {
        return "simulated " + month;
    }

    /** The next day at 10:00 (outside any quiet hours), never in the past: a call-back must lie ahead. */
    private Instant callBackTime(LocalDate dueOn) {
        LocalDate today = LocalDate.now(clock);
        LocalDate day = dueOn.isBefore(today) ? today.plusDays(1) : dueOn.plusDays(1);
        return day.atTime(CALL_BACK_AT).atZone(clock.getZone()).toInstant();
    }
}
