package io.manyi.loyalty;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RulesTest {

    private final LoyaltyRules rules = LoyaltyRules.defaults();

    @Test
    void onePointPerWholeYuanWithTenureStarAndDataBonuses() {
        Map<EntryType, Long> points = Accrual.of(18_650, 1_299, 6, 4, rules);
        assertThat(points).containsEntry(EntryType.ACCRUAL, 186L)
                .containsEntry(EntryType.TENURE_BONUS, 18L)   // 10 % from 5 years
                .containsEntry(EntryType.STAR_BONUS, 27L)     // 15 % at four stars
                .containsEntry(EntryType.DATA_BONUS, 12L);
    }

    @Test
    void newSubscriberWithoutStarsEarnsOnlyTheBase() {
        assertThat(Accrual.of(5_899, 0, 0, 0, rules)).containsOnlyKeys(EntryType.ACCRUAL).containsEntry(EntryType.ACCRUAL, 58L);
        assertThat(Accrual.of(99, 0, 20, 5, rules)).isEmpty();
    }

    @Test
    void cycleRunsDecemberToNovember() {
        assertThat(PointsCycle.of(YearMonth.of(2025, 12))).isEqualTo(new PointsCycle(2026));
        assertThat(PointsCycle.of(YearMonth.of(2026, 11))).isEqualTo(new PointsCycle(2026));
        assertThat(new PointsCycle(2026).firstDay()).isEqualTo(LocalDate.of(2025, 12, 1));
        assertThat(new PointsCycle(2026).lastDay()).isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void pointsEarnedInACycleExpireAtTheEndOfTheNextByDefault() {
        assertThat(PointsCycle.of(YearMonth.of(2026, 3)).expiryOfPointsEarned(rules)).isEqualTo(LocalDate.of(2027, 11, 30));
        LoyaltyRules strict = new LoyaltyRules(1, List.of(), List.of(0, 0, 0, 0, 0, 0), 0, rules.targetReturnRate(),
                rules.yuanPerPoint(), 0, 30, 3500, 15, 0, true, true);
        assertThat(PointsCycle.of(YearMonth.of(2026, 3)).expiryOfPointsEarned(strict)).isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void eligibilityLooksAtTheBetterOfTwoCycles() {
        assertThat(Eligibility.eligible(3_499, 3_500, rules)).isTrue();
        assertThat(Eligibility.eligible(3_499, 100, rules)).isFalse();
    }

    @Test
    void statementAddsUp() {
        Statement statement = Statement.of(new PointsCycle(2026), 500, List.of(
                new Entry(EntryType.ACCRUAL, 120, null),
                new Entry(EntryType.STAR_BONUS, 12, null),
                new Entry(EntryType.REDEMPTION, -300, null),
                new Entry(EntryType.EXPIRY, -100, null),
                new Entry(EntryType.TRANSFER_IN, 40, null)));
        assertThat(statement.earnedTotal()).isEqualTo(132);
        assertThat(statement.spent()).isEqualTo(300);
        assertThat(statement.expired()).isEqualTo(100);
        assertThat(statement.closing()).isEqualTo(500 + 132 + 40 - 300 - 100);
    }
}
