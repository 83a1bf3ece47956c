package io.manyi.planadvice.web;

import io.manyi.planadvice.CatalogPlan;
import io.manyi.planadvice.MonthlyUsage;
import io.manyi.planadvice.PlanAdvice;
import java.math.BigDecimal;

/** Plan advice in yuan for the API and the 360 page (docs/plan-advice.md has an example). */
record PlanAdviceView(String segment, String kind, int monthsUsed, Average average, Plan current,
                      BigDecimal currentCostYuan, Plan suggested, BigDecimal suggestedCostYuan, BigDecimal savingYuan,
                      int extraMinutes, int extraDataMb, boolean dataAddOn) {

    record Plan(String code, String name, String category, BigDecimal monthlyFeeYuan, int voiceMinutes, int dataMb,
                int sms) {
        static Plan of(CatalogPlan plan) {
            return plan == null ? null : new Plan(plan.code(), plan.name(), plan.category(), yuan(plan.monthlyFeeFen()),
                    plan.voiceMinutes(), plan.dataMb(), plan.sms());
        }
    }

    record Average(BigDecimal spendYuan, int localMinutes, int longDistanceMinutes, int roamingMinutes, int sms,
                   int dataMb, BigDecimal vasSpendYuan) {
        static Average of(MonthlyUsage u) {
            return new Average(yuan(u.spendFen()), u.localMinutes(), u.longDistanceMinutes(), u.roamingMinutes(), u.sms(),
                    u.dataMb(), yuan(u.vasSpendFen()));
        }
    }

    static PlanAdviceView of(PlanAdvice a) {
        boolean keep = a.kind() == PlanAdvice.Kind.KEEP;
        return new PlanAdviceView(a.segment().name(), a.kind().name(), a.monthsUsed(), Average.of(a.average()),
                Plan.of(a.current()), yuan(a.currentCostFen()), Plan.of(a.suggested()),
                keep ? null : yuan(a.suggestedCostFen()), keep ? null : yuan(a.savingFen()), a.extraMinutes(),
                a.extraDataMb(), a.dataAddOn());
    }

    static BigDecimal yuan(long fen) {
        return BigDecimal.valueOf(fen, 2);
    }
}
