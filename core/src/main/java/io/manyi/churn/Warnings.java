package io.manyi.churn;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Evaluates the {@link WarningRules} on a subscriber's facts as at the end of a month. */
public final class Warnings {

    private static final long DAY = 86_400;

    private Warnings() {
    }

    public static List<Warning> of(ChurnFacts f, int t, WarningRules rules) {
        List<Warning> fired = new ArrayList<>(2);
        spendDrop(f, t, rules, fired);
        if (rules.competitorForwards() > 0 && f.present[t] && f.competitorForwards[t] >= rules.competitorForwards()) {
            int n = f.competitorForwards[t];
            fired.add(new Warning(WarningRule.COMPETITOR_FORWARDS,
                    n + " calls forwarded to competitor numbers this month", "本月" + n + "次呼叫转移至他网号码"));
        }
        if (rules.arrearsDays() > 0 && f.daysOverdue[t] > rules.arrearsDays()) {
            long yuan = Math.round(f.arrearsFen[t] / 100.0);
            fired.add(new Warning(WarningRule.ARREARS, "¥" + yuan + " in arrears, " + f.daysOverdue[t] + " days overdue",
                    "欠费" + yuan + "元，已逾期" + f.daysOverdue[t] + "天"));
        }
        if (rules.contractEndDays() > 0 && f.contractEnd != null) {
            LocalDate end = f.monthEnd(t);
            long days = f.contractEnd.toEpochDay() - end.toEpochDay();
            if (days >= 0 && days <= rules.contractEndDays()) {
                // The date, not a day count: a count goes stale the day after; pages add it from today
                // (platform.time.RelativeDays).
                fired.add(new Warning(WarningRule.CONTRACT_END, "contract ends on " + f.contractEnd,
                        "合约将于" + f.contractEnd + "到期"));
            }
        }
        complaintOpen(f, t, rules, fired);
        if (rules.starDowngrade() && t > 0 && f.stars[t] != ChurnFacts.UNKNOWN_STARS
                && f.stars[t - 1] != ChurnFacts.UNKNOWN_STARS && f.stars[t] < f.stars[t - 1]) {
            fired.add(new Warning(WarningRule.STAR_DOWNGRADE, "star level fell from " + f.stars[t - 1] + " to " + f.stars[t],
                    "星级由" + f.stars[t - 1] + "星降为" + f.stars[t] + "星"));
        }
        return fired;
    }

    /** This month's spend against the average of the three full months before it. */
    private static void spendDrop(ChurnFacts f, int t, WarningRules rules, List<Warning> fired) {
        if (rules.spendDropShare() <= 0 || t < 3 || !f.present[t]) {
            return;
        }
        int full = ChurnFeatures.firstFullMonth(f);
        if (t - 3 < full) {
            return; // three full months before are needed for an average worth comparing with
        }
        long sum = 0;
        for (int m = t - 3; m < t; m++) {
            if (!f.present[m]) {
                return;
            }
            sum += f.spendFen[m];
        }
        double average = sum / 3.0;
        if (average <= 0) {
            return;
        }
        double drop = 1 - f.spendFen[t] / average;
        if (drop >= rules.spendDropShare()) {
            int percent = (int) Math.round(drop * 100);
            long now = Math.round(f.spendFen[t] / 100.0);
            long before = Math.round(average / 100);
            fired.add(new Warning(WarningRule.SPEND_DROP,
                    "spend fell " + percent + "% (¥" + now + " against ¥" + before + " a month before)",
                    "消费下降" + percent + "%（本月" + now + "元，前3个月月均" + before + "元）"));
        }
    }

    private static void complaintOpen(ChurnFacts f, int t, WarningRules rules, List<Warning> fired) {
        if (rules.complaintOpenDays() <= 0) {
            return;
        }
        long end = f.endOfMonthSeconds(t);
        long longest = -1;
        for (int i = 0; i < f.complaintCount; i++) {
            if (f.complaintOpened[i] < end && f.complaintClosed[i] > end) {
                longest = Math.max(longest, end - f.complaintOpened[i]);
            }
        }
        long days = longest / DAY;
        if (longest >= 0 && days > rules.complaintOpenDays()) {
            fired.add(new Warning(WarningRule.COMPLAINT_OPEN, "complaint open for " + days + " days",
                    "投诉已" + days + "天未解决"));
        }
    }
}
