package io.manyi.tier;

import static org.assertj.core.api.Assertions.assertThat;

import io.manyi.loyalty.PointsCycle;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class VipReviewTest {

    private final VipRules rules = VipRules.defaults();

    @Test
    void thresholdsAreInclusive() {
        assertThat(VipReview.review("GOTONE", 1_499, 12, rules)).isNull();
        assertThat(VipReview.review("GOTONE", 1_500, 12, rules)).isEqualTo(VipCard.SILVER);
        assertThat(VipReview.review("GOTONE", 2_999, 12, rules)).isEqualTo(VipCard.SILVER);
        assertThat(VipReview.review("GOTONE", 3_000, 12, rules)).isEqualTo(VipCard.GOLD);
        assertThat(VipReview.review("GOTONE", 6_000, 12, rules)).isEqualTo(VipCard.DIAMOND);
    }

    @Test
    void onlyGoToneHoldsCards() {
        assertThat(VipReview.review("MZONE", 100_000, 12, rules)).isNull();
        assertThat(VipReview.review("EASYOWN", 100_000, 12, rules)).isNull();
    }

    @Test
    void aShortCycleIsProRatedUnlessTooShort() {
        assertThat(VipReview.countedPoints(500, 2, rules)).isEqualTo(3_000);
        assertThat(VipReview.review("GOTONE", 500, 2, rules)).isEqualTo(VipCard.GOLD);
        assertThat(VipReview.review("GOTONE", 5_000, 1, rules)).isNull();
        VipRules whole = new VipRules(rules.brands(), 1_500, 3_000, 6_000, 1, false, 1);
        assertThat(VipReview.review("GOTONE", 500, 2, whole)).isNull();
    }

    @Test
    void pointsAreOnePerYuanByDefault() {
        assertThat(rules.pointsFor(18_699)).isEqualTo(186);
    }

    @Test
    void cycleRunsDecemberToNovember() {
        PointsCycle cycle = PointsCycle.of(YearMonth.of(2025, 12));
        assertThat(cycle.year()).isEqualTo(2026);
        assertThat(cycle.firstMonth()).isEqualTo(YearMonth.of(2025, 12));
        assertThat(cycle.lastMonth()).isEqualTo(YearMonth.of(2026, 11));
        assertThat(PointsCycle.of(YearMonth.of(2026, 11))).isEqualTo(cycle);
        assertThat(cycle.contains(YearMonth.of(2025, 11))).isFalse();
        assertThat(PointsCycle.endsWith(YearMonth.of(2026, 11))).isTrue();
        assertThat(rules.problems()).isEmpty();
    }

    @Test
    void novemberReviewsTheEndingCycleForTheNext() {
        YearMonth november = YearMonth.of(2026, 11);
        SubscriberFacts facts = new SubscriberFacts("1", "GOTONE", "广州", java.time.LocalDate.of(2010, 1, 1),
                java.util.stream.IntStream.range(0, 12)
                        .mapToObj(i -> new MonthFacts(november.minusMonths(11 - i), true, 26_000, 0, 0)).toList());
        VipDecision annual = VipDecision.due(facts, november, true, rules);
        assertThat(annual.kind()).isEqualTo(VipDecision.Kind.ANNUAL);
        assertThat(annual.cycleYear()).isEqualTo(2027);
        assertThat(annual.points()).isEqualTo(3_120);
        assertThat(annual.card()).isEqualTo(VipCard.GOLD);

        YearMonth october = YearMonth.of(2026, 10);
        assertThat(VipDecision.due(facts, october, true, rules)).isNull();
        VipDecision opening = VipDecision.due(facts, october, false, rules);
        assertThat(opening.kind()).isEqualTo(VipDecision.Kind.OPENING);
        assertThat(opening.cycleYear()).isEqualTo(2026);
        assertThat(opening.months()).isEqualTo(11);
        SubscriberFacts mzone = new SubscriberFacts("2", "MZONE", "广州", facts.activatedOn(), facts.months());
        assertThat(VipDecision.due(mzone, november, false, rules)).isNull();
    }
}
