package io.manyi.moments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MomentRulesTest {

    static final LocalDate DAY = LocalDate.of(2026, 11, 2);
    static final PlanOffer BASIC = new PlanOffer("GT-BASIC-58", "全球通基础套餐58元", "GOTONE", 5800, 150, 300, "BASIC");
    static final PlanOffer DATA = new PlanOffer("GT-DATA-88", "全球通上网套餐88元", "GOTONE", 8800, 300, 2048, "DATA");
    static final PlanOffer VOICE = new PlanOffer("GT-VOICE-188", "全球通畅聊套餐188元", "GOTONE", 18800, 1500, 2048, "VOICE");

    static SubscriberFacts facts(LocalDate birth, LocalDate activated, LocalDate contractEnd, PlanOffer plan,
                                 List<MonthUsage> months) {
        return new SubscriberFacts("13800000001", birth, activated, contractEnd, plan, months, List.of(), List.of(),
                null, null, null, null, 0, null);
    }

    static List<MonthUsage> spends(YearMonth last, long... fen) {
        List<MonthUsage> months = new ArrayList<>();
        for (int i = 0; i < fen.length; i++) {
            months.add(new MonthUsage(last.minusMonths(fen.length - 1 - i), fen[i], 200, 0, 500));
        }
        return months;
    }

    @Test
    void birthdayWithinTheDaysAheadAndOncePerYear() {
        MomentType type = Types.of("BIRTHDAY", Map.of("daysAhead", 3.0));
        assertThat(MomentRules.birthday(facts(LocalDate.of(1990, 11, 5), null, null, null, List.of()), DAY, type))
                .hasValueSatisfying(d -> {
                    assertThat(d.occurrence()).isEqualTo("2026");
                    assertThat(d.detailZh()).isEqualTo("11月5日是您的生日");
                });
        assertThat(MomentRules.birthday(facts(LocalDate.of(1990, 11, 6), null, null, null, List.of()), DAY, type)).isEmpty();
        assertThat(MomentRules.birthday(facts(LocalDate.of(1990, 11, 1), null, null, null, List.of()), DAY, type)).isEmpty();
        // Near the year's end the next birthday is next year's.
        assertThat(MomentRules.birthday(facts(LocalDate.of(1990, 1, 1), null, null, null, List.of()),
                LocalDate.of(2026, 12, 30), type)).hasValueSatisfying(d -> assertThat(d.occurrence()).isEqualTo("2027"));
        // 29 February in a common year is kept on the 28th.
        assertThat(MomentRules.birthday(facts(LocalDate.of(2000, 2, 29), null, null, null, List.of()),
                LocalDate.of(2027, 2, 27), type)).isPresent();
    }

    @Test
    void anniversaryCountsWholeYearsFromTheMinimum() {
        MomentType type = Types.of("TENURE_ANNIVERSARY", Map.of("daysAhead", 3.0, "minYears", 2.0));
        assertThat(MomentRules.anniversary(facts(null, LocalDate.of(2016, 11, 4), null, null, List.of()), DAY, type))
                .hasValueSatisfying(d -> assertThat(d.detailEn()).isEqualTo("10 years with us on 2026-11-04"));
        assertThat(MomentRules.anniversary(facts(null, LocalDate.of(2025, 11, 4), null, null, List.of()), DAY, type)).isEmpty();
    }

    @Test
    void spendDropAgainstTheBaseline() {
        MomentType type = Types.of("SPEND_DROP", Map.of("dropPercent", 40.0, "minAverageYuan", 50.0, "baselineMonths", 3.0));
        YearMonth october = YearMonth.of(2026, 10);
        assertThat(MomentRules.spendDrop(facts(null, null, null, BASIC, spends(october, 10000, 10000, 10000, 5000)), DAY, type))
                .hasValueSatisfying(d -> {
                    assertThat(d.occurrence()).isEqualTo("2026-10");
                    assertThat(d.detailEn()).isEqualTo("spent 50 yuan last month, 50% below the 100-yuan average of the 3 months before");
                });
        // 30% is not enough; a small spender is not a moment; a month missing means no verdict.
        assertThat(MomentRules.spendDrop(facts(null, null, null, BASIC, spends(october, 10000, 10000, 10000, 7000)), DAY, type)).isEmpty();
        assertThat(MomentRules.spendDrop(facts(null, null, null, BASIC, spends(october, 4000, 4000, 4000, 100)), DAY, type)).isEmpty();
        assertThat(MomentRules.spendDrop(facts(null, null, null, BASIC, spends(october.minusMonths(1), 10000, 10000, 10000, 5000)), DAY, type)).isEmpty();
    }

    @Test
    void roamingBeginsAndBillShock() {
        MomentType roaming = Types.of("ROAMING_BEGINS", Map.of("minRoamingMinutes", 30.0, "maxPreviousMinutes", 5.0));
        MomentType shock = Types.of("BILL_SHOCK", Map.of("overAllowanceMb", 1024.0, "maxPlanDataMb", 500.0));
        YearMonth sept = YearMonth.of(2026, 9);
        List<MonthUsage> months = List.of(new MonthUsage(sept, 8000, 100, 0, 200),
                new MonthUsage(sept.plusMonths(1), 9000, 100, 45, 2000));
        assertThat(MomentRules.roamingBegins(facts(null, null, null, BASIC, months), DAY, roaming)).isPresent();
        List<MonthUsage> already = List.of(new MonthUsage(sept, 8000, 100, 40, 200), months.get(1));
        assertThat(MomentRules.roamingBegins(facts(null, null, null, BASIC, already), DAY, roaming)).isEmpty();
        // 2000 MB on a 300 MB plan without data: a shock; on a data plan it is what the plan is for.
        assertThat(MomentRules.billShock(facts(null, null, null, BASIC, months), DAY, shock))
                .hasValueSatisfying(d -> assertThat(d.detailZh()).isEqualTo("上月使用流量2000MB，套餐只含300MB"));
        assertThat(MomentRules.billShock(facts(null, null, null, DATA, months), DAY, shock)).isEmpty();
        // A voice plan with 2 GB included has a data allowance: going beyond it is no shock of this kind.
        List<MonthUsage> heavy = List.of(months.get(0), new MonthUsage(sept.plusMonths(1), 9000, 100, 45, 4000));
        assertThat(MomentRules.billShock(facts(null, null, null, VOICE, heavy), DAY, shock)).isEmpty();
        assertThat(MomentRules.billShock(facts(null, null, null, BASIC, heavy), DAY, shock)).isPresent();
    }

    @Test
    void betterPlanIsTheCheapestThatCoversTheUse() {
        MomentType type = Types.of("BETTER_PLAN", Map.of("months", 3.0, "minSavingYuan", 10.0));
        YearMonth october = YearMonth.of(2026, 10);
        // On the 188 plan, using 250 minutes and 1500 MB, spending 190 a month: the 88 data plan covers it.
        List<MonthUsage> months = List.of(new MonthUsage(october.minusMonths(2), 19000, 250, 0, 1500),
                new MonthUsage(october.minusMonths(1), 19000, 250, 0, 1500), new MonthUsage(october, 19000, 250, 0, 1500));
        assertThat(MomentRules.betterPlan(facts(null, null, null, VOICE, months), DAY, type, List.of(BASIC, DATA, VOICE)))
                .hasValueSatisfying(d -> {
                    assertThat(d.detailEn()).contains("全球通上网套餐88元 would save about 102 yuan").doesNotContain("GT-DATA-88");
                    // The plan's name says its fee already: not "全球通上网套餐88元（88元）".
                    assertThat(d.detailZh()).contains("改用全球通上网套餐88元每月约省102元").doesNotContain("88元（88元）");
                });
        // Heavy voice use: nothing cheaper covers it.
        List<MonthUsage> heavy = months.stream().map(m -> new MonthUsage(m.month(), 19000, 1400, 0, 1500)).toList();
        assertThat(MomentRules.betterPlan(facts(null, null, null, VOICE, heavy), DAY, type, List.of(BASIC, DATA, VOICE))).isEmpty();
    }

    @Test
    void aFeeIsNamedOnceWhetherOrNotTheNameSaysIt() {
        assertThat(MomentRules.withFee("全球通上网套餐88元", 8800, "元")).isEqualTo("全球通上网套餐88元");
        assertThat(MomentRules.withFee("畅聊套餐", 8800, "元")).isEqualTo("畅聊套餐（88元）");
        // 188元 in the name is not the fee of 88.
        assertThat(MomentRules.withFee("全球通畅聊套餐188元", 8800, "元")).isEqualTo("全球通畅聊套餐188元（88元）");
        assertThat(MomentRules.withFee("视频彩铃5元包", 500, "元/月")).isEqualTo("视频彩铃5元包");
        assertThat(MomentRules.withFeeEn("彩铃", 500, " yuan a month")).isEqualTo("彩铃 (5 yuan a month)");
    }

    @Test
    void detectRunsOnlyEnabledTypesAndOnlyBatchRules() {
        SubscriberFacts f = new SubscriberFacts("13800000001", LocalDate.of(1990, 11, 3), null, LocalDate.of(2026, 12, 1),
                BASIC, List.of(), List.of(new SubscriberFacts.VasSubscription("GAME", "游戏包", LocalDate.of(2026, 10, 20), 1000)),
                List.of(new SubscriberFacts.GroupJoin("G1", "某公司", LocalDate.of(2026, 10, 25))), 0.7, "2026-10",
                "消费下降", "spend fell", 1500, LocalDate.of(2026, 11, 30));
        List<MomentType> types = new ArrayList<>(List.of(
                Types.of("BIRTHDAY", Map.of()), Types.of("CONTRACT_ENDING", Map.of()), Types.of("VAS_UNCONFIRMED", Map.of()),
                Types.of("GROUP_NEW_MEMBER", Map.of()), Types.of("CHURN_RISK_HIGH", Map.of()),
                Types.of("POINTS_EXPIRING", Map.of()), Types.of("COMPLAINT_CALLBACK", Map.of())));
        assertThat(MomentRules.detect(f, DAY, types, List.of())).extracting(Detected::type).containsExactly(
                "BIRTHDAY", "CONTRACT_ENDING", "VAS_UNCONFIRMED", "GROUP_NEW_MEMBER", "CHURN_RISK_HIGH", "POINTS_EXPIRING");
        MomentType birthdayOff = new MomentType("BIRTHDAY", "", "", "", ActionKind.CARE_CALL, Channel.SMS, Cycle.DAILY, 7, 48,
                Map.of(), "", "", false);
        types.set(0, birthdayOff);
        assertThat(MomentRules.detect(f, DAY, types, List.of())).extracting(Detected::type).doesNotContain("BIRTHDAY");
    }

    @Test
    void theScriptFillsNameAndDetail() {
        MomentType type = Types.of("BIRTHDAY", Map.of());
        assertThat(type.script(false, "张*明", "11月5日是您的生日")).isEqualTo("张*明：11月5日是您的生日");
    }
}
