package io.manyi.churn;

import java.util.ArrayList;
import java.util.List;

/**
 * The early-warning rules that fire without a model (setting {@value #SETTING}; docs/churn.md,
 * "Warning rules"). A threshold of 0 (or a drop of 0) switches a rule off.
 *
 * @param spendDropShare      spend this month at least this share below the average of the three before (0.40)
 * @param competitorForwards  at least this many calls forwarded to competitor numbers in the month (3)
 * @param arrearsDays         oldest debt more than this many days overdue (60)
 * @param contractEndDays     contract ends within this many days after the month (60)
 * @param complaintOpenDays   a complaint open longer than this many days at the month's end (7)
 * @param starDowngrade       fire when the star level fell against the month before
 */
public record WarningRules(double spendDropShare, int competitorForwards, int arrearsDays, int contractEndDays,
                           int complaintOpenDays, boolean starDowngrade) {

    public static final String SETTING = "churn.warning-rules";

    public static WarningRules defaults() {
        return new WarningRules(0.40, 3, 60, 60, 7, true);
    }

    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (spendDropShare < 0 || spendDropShare >= 1) {
            problems.add("spendDropShare must be from 0 (off) to below 1");
        }
        if (competitorForwards < 0 || arrearsDays < 0 || contractEndDays < 0 || complaintOpenDays < 0) {
            problems.add("counts and days must be >= 0 (0 switches the rule off)");
        }
        return problems;
    }
}
