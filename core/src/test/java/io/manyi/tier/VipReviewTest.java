package io.manyi.tier;

import static org.assertj.core.api.Assertions.assertThat;

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
        assertThat(cycle.first()).isEqualTo(YearMonth.of(2025, 12));
        assertThat(cycle.last()).isEqualTo(YearMonth.of(2026, 11));
        assertThat(PointsCycle.of(YearMonth.of(2026, 11))).isEqualTo(cycle);
        assertThat(cycle.contains(YearMonth.of(2025, 11))).isFalse();
        assertThat(PointsCycle.endsWith(YearMonth.of(2026, 11))).isTrue();
        assertThat(rules.problems()).isEmpty();
    }
}
