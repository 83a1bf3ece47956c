package io.manyi.staff;

import io.manyi.staff.internal.AssessmentFigures;
import io.manyi.staff.internal.AssessmentTable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monthly run of the service-star assessment: for each hall clerk and phone manager, the
 * month's figures, each component's 0-100 score, the total by the role's weights, stored with the
 * figures and the weights used. Re-runnable: a run replaces the month's assessments, so a changed
 * weight or a late check is taken in by running the month again.
 */
@Service
public class StaffAssessment {

    public record Result(YearMonth month, int clerks, int phoneManagers, int withTotal, double seconds) {
    }

    private final AssessmentFigures figures;
    private final AssessmentTable table;
    private final StaffSettings settings;
    private final Clock clock;

    public StaffAssessment(AssessmentFigures figures, AssessmentTable table, StaffSettings settings, Clock clock) {
        this.figures = figures;
        this.table = table;
        this.settings = settings;
        this.clock = clock;
    }

    /** @throws IllegalArgumentException a month that has not begun */
    @Transactional
    public Result assess(YearMonth month) {
        long started = System.nanoTime();
        LocalDate today = LocalDate.now(clock);
        if (month.isAfter(YearMonth.from(today))) {
            throw new IllegalArgumentException(month + " has not begun");
        }
        // In the running month only what was due before today counts (today's tasks are still being worked).
        LocalDate lastDay = month.equals(YearMonth.from(today)) ? today.minusDays(1) : month.atEndOfMonth();
        StaffWeights clerkWeights = settings.weights(StaffRole.HALL_CLERK);
        StaffWeights managerWeights = settings.weights(StaffRole.PHONE_MANAGER);
        List<AssessmentTable.Row> rows = new ArrayList<>();
        List<AssessmentFigures.Employee> clerks = figures.clerks(month, clock.getZone(), clerkWeights);
        List<AssessmentFigures.Employee> managers = lastDay.isBefore(month.atDay(1)) ? List.of()
                : figures.phoneManagers(month, lastDay, managerWeights);
        for (AssessmentFigures.Employee e : clerks) {
            rows.add(new AssessmentTable.Row(e, Scorecard.of(e.measured(), clerkWeights), clerkWeights));
        }
        for (AssessmentFigures.Employee e : managers) {
            rows.add(new AssessmentTable.Row(e, Scorecard.of(e.measured(), managerWeights), managerWeights));
        }
        table.replaceMonth(month, rows, clock.instant());
        int withTotal = (int) rows.stream().filter(r -> r.card().total() != null).count();
        return new Result(month, clerks.size(), managers.size(), withTotal, (System.nanoTime() - started) / 1e9);
    }
}
