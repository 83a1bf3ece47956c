package io.manyi.planadvice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PlanAdvisorTest {

    private static final PlanAdviceRules RULES = PlanAdviceRules.defaults();

    private static final CatalogPlan BASIC_58 = new CatalogPlan("GT-BASIC-58", "基础58", "GOTONE", 5800, 150, 300, 50, "BASIC");
    private static final CatalogPlan DATA_88 = new CatalogPlan("GT-DATA-88", "上网88", "GOTONE", 8800, 300, 2048, 100, "DATA");
    private static final CatalogPlan TRAVEL_128 = new CatalogPlan("GT-TRAVEL-128", "商旅128", "GOTONE", 12800, 600, 1024, 100, "BUSINESS_TRAVEL");
    private static final CatalogPlan VOICE_188 = new CatalogPlan("GT-VOICE-188", "畅聊188", "GOTONE", 18800, 1500, 2048, 200, "VOICE");
    private static final CatalogPlan LOCAL_8 = new CatalogPlan("EO-LOCAL-8", "家园卡8", "EASYOWN", 800, 100, 0, 0, "LOCAL");
    private static final CatalogPlan LOCAL_38 = new CatalogPlan("EO-LOCAL-38", "本地38", "EASYOWN", 3800, 600, 200, 50, "LOCAL");
    private static final CatalogPlan VOICE_28 = new CatalogPlan("EO-VOICE-28", "畅听28", "EASYOWN", 2800, 300, 100, 50, "VOICE");
    private static final List<CatalogPlan> CATALOG = List.of(BASIC_58, DATA_88, TRAVEL_128, VOICE_188, LOCAL_8, LOCAL_38, VOICE_28);

    private static MonthlyUsage month(int local, int longDistance, int roaming, int dataMb, long vasFen) {
        return new MonthlyUsage(10000, local, longDistance, roaming, 20, dataMb, vasFen);
    }

    /** The month with the bill the catalog model gives for it on {@code plan}: a bill that agrees with the model. */
    private static MonthlyUsage billedOn(CatalogPlan plan, MonthlyUsage m) {
        return billed(PlanAdvisor.cost(plan, m, RULES), m);
    }

    private static MonthlyUsage billed(long spendFen, MonthlyUsage m) {
        return new MonthlyUsage(spendFen, m.localMinutes(), m.longDistanceMinutes(), m.roamingMinutes(), m.sms(), m.dataMb(),
                m.vasSpendFen());
    }

    @Test
    void segmentsFollowTheSeeds() {
        assertThat(PlanAdvisor.segment(month(200, 50, 120, 3000, 0), RULES)).isEqualTo(UsageSegment.DATA_ROAMER);
        assertThat(PlanAdvisor.segment(month(200, 50, 120, 500, 0), RULES)).isEqualTo(UsageSegment.VOICE_ROAMER);
        assertThat(PlanAdvisor.segment(month(400, 20, 0, 100, 0), RULES)).isEqualTo(UsageSegment.LOCAL_VOICE);
        assertThat(PlanAdvisor.segment(month(400, 20, 0, 100, 2000), RULES)).isEqualTo(UsageSegment.DATA_SERVICES);
        assertThat(PlanAdvisor.segment(month(100, 100, 10, 3000, 0), RULES)).isEqualTo(UsageSegment.GENERAL);
        // Few roaming minutes are no roamer, however large their share.
        assertThat(PlanAdvisor.segment(month(10, 0, 20, 100, 0), RULES)).isNotIn(UsageSegment.VOICE_ROAMER, UsageSegment.DATA_ROAMER);
    }

    @Test
    void costIsTheFeePlusWhatGoesBeyondTheAllowance() {
        MonthlyUsage usage = month(200, 50, 100, 500, 0); // 350 minutes, 100 roaming, 500 MB, 20 SMS
        assertThat(PlanAdvisor.cost(BASIC_58, usage, RULES)).isEqualTo(5800 + 200 * 19 + 100 * 40 + 200 * 10);
        assertThat(PlanAdvisor.cost(TRAVEL_128, usage, RULES)).isEqualTo(12800);
    }

    @Test
    void aRoamingCallerOnABasicPlanIsToldTheTravelPlanSavesAndByHowMuch() {
        List<MonthlyUsage> months = List.of(month(300, 60, 200, 600, 0), month(280, 40, 180, 700, 0), month(320, 50, 220, 500, 0))
                .stream().map(m -> billedOn(BASIC_58, m)).toList();
        PlanAdvice advice = PlanAdvisor.advise(BASIC_58, months, CATALOG, RULES).orElseThrow();
        assertThat(advice.currentCostFen()).isEqualTo(Math.round(months.stream().mapToLong(MonthlyUsage::spendFen).sum() / 3.0));
        assertThat(advice.segment()).isEqualTo(UsageSegment.VOICE_ROAMER);
        assertThat(advice.kind()).isEqualTo(PlanAdvice.Kind.SAVE);
        assertThat(advice.suggested()).isEqualTo(TRAVEL_128);
        assertThat(advice.savingFen()).isEqualTo(advice.currentCostFen() - 12800).isPositive();
        assertThat(advice.extraMinutes()).isEqualTo(450);
        assertThat(advice.monthsUsed()).isEqualTo(3);
    }

    @Test
    void onlyTheLatestMonthsCountAndOnlyTheOwnBrandIsOffered() {
        MonthlyUsage quiet = billedOn(LOCAL_38, month(80, 0, 0, 0, 0));
        MonthlyUsage old = month(2000, 500, 800, 9000, 0);
        PlanAdvice advice = PlanAdvisor.advise(LOCAL_38, List.of(quiet, quiet, quiet, old), CATALOG, RULES).orElseThrow();
        assertThat(advice.average().localMinutes()).isEqualTo(80);
        assertThat(advice.kind()).isEqualTo(PlanAdvice.Kind.SAVE);
        assertThat(advice.suggested()).isEqualTo(LOCAL_8);
        assertThat(advice.savingFen()).isEqualTo(3800 - (800 + 20 * 10)); // the 20 SMS are beyond 家园卡's allowance
        assertThat(advice.suggested().brand()).isEqualTo("EASYOWN");
    }

    @Test
    void aBetterFittingPlanWithinTheToleranceIsAFitWithItsGain() {
        // Local caller on a voice plan that already costs least: the local plan costs a little more but fits.
        CatalogPlan voice = new CatalogPlan("EO-VOICE-30", "畅听30", "EASYOWN", 3000, 600, 200, 50, "VOICE");
        List<CatalogPlan> catalog = List.of(voice, LOCAL_38);
        PlanAdvice advice = PlanAdvisor.advise(voice, List.of(billed(3000, month(500, 10, 0, 100, 0))), catalog, RULES).orElseThrow();
        assertThat(advice.segment()).isEqualTo(UsageSegment.LOCAL_VOICE);
        assertThat(advice.kind()).isEqualTo(PlanAdvice.Kind.FIT);
        assertThat(advice.suggested()).isEqualTo(LOCAL_38);
        assertThat(advice.savingFen()).isEqualTo(-800);
        PlanAdviceRules strict = new PlanAdviceRules(3, 0.2, 30, 2048, 300, 0.8, 1500, 19, 40, 10, 10, 500, 500, true);
        assertThat(PlanAdvisor.advise(voice, List.of(billed(3000, month(500, 10, 0, 100, 0))), catalog, strict).orElseThrow().kind())
                .isEqualTo(PlanAdvice.Kind.KEEP);
    }

    @Test
    void theCurrentCostIsTheAverageBillNotTheModelledPriceOfTheCurrentPlan() {
        // 60 GB a month on a 1 GB travel plan: the model charges every MB beyond the allowance (¥6,000+),
        // the bills say ¥203-347.
        List<MonthlyUsage> months = List.of(billed(20300, month(300, 50, 40, 61000, 0)),
                billed(34700, month(320, 40, 50, 62000, 0)), billed(27000, month(280, 60, 30, 60000, 0)));
        PlanAdvice advice = PlanAdvisor.advise(TRAVEL_128, months, CATALOG, RULES).orElseThrow();
        assertThat(PlanAdvisor.cost(TRAVEL_128, advice.average(), RULES)).isGreaterThan(500_000);
        assertThat(advice.currentCostFen()).isEqualTo((20300 + 34700 + 27000) / 3);
        if (advice.suggested() != null) {
            assertThat(advice.suggestedCostFen()).isGreaterThanOrEqualTo(advice.suggested().monthlyFeeFen());
            assertThat(advice.savingFen()).isEqualTo(advice.currentCostFen() - advice.suggestedCostFen());
        }
    }

    @Test
    void dataServiceLoversAreOfferedADataAddOnAndNoUsageMeansNoAdvice() {
        PlanAdvice advice = PlanAdvisor.advise(DATA_88, List.of(month(100, 20, 0, 1500, 3000)), CATALOG, RULES).orElseThrow();
        assertThat(advice.segment()).isEqualTo(UsageSegment.DATA_SERVICES);
        assertThat(advice.dataAddOn()).isTrue();
        assertThat(PlanAdvisor.advise(DATA_88, List.of(), CATALOG, RULES)).isEmpty();
    }

    @Test
    void theSuggestionNeverCostsMoreThanTheToleranceAndASaveAlwaysSavesTheMinimum() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 2000; i++) {
            MonthlyUsage usage = billed(1000 + random.nextInt(60000), month(random.nextInt(1500), random.nextInt(300),
                    random.nextInt(400), random.nextInt(6000), random.nextInt(4000)));
            CatalogPlan current = CATALOG.get(random.nextInt(CATALOG.size()));
            PlanAdvice advice = PlanAdvisor.advise(current, List.of(usage), CATALOG, RULES).orElseThrow();
            switch (advice.kind()) {
                case SAVE -> assertThat(advice.savingFen()).isGreaterThanOrEqualTo(RULES.minimumSavingFen());
                case FIT -> assertThat(-advice.savingFen()).isLessThanOrEqualTo(RULES.fitToleranceFen());
                case KEEP -> assertThat(advice.suggested()).isNull();
            }
            if (advice.suggested() != null) {
                assertThat(advice.suggested().brand()).isEqualTo(current.brand());
                assertThat(advice.savingFen()).isEqualTo(advice.currentCostFen() - advice.suggestedCostFen());
                assertThat(advice.suggestedCostFen()).isGreaterThanOrEqualTo(advice.suggested().monthlyFeeFen());
            }
            assertThat(advice.currentCostFen()).as("the current cost is the bill").isEqualTo(usage.spendFen());
        }
    }
}
