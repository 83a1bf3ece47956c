package io.manyi.churn;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class WarningsTest {

    private static final WarningRules DEFAULTS = WarningRules.defaults();

    @Test
    void aSteadySubscriberFiresNothing() {
        assertThat(Warnings.of(Subscribers.steady(), 7, DEFAULTS)).isEmpty();
    }

    @Test
    void spendDropFiresFromFortyPercentBelowTheTrailingAverage() {
        ChurnFacts f = Subscribers.steady();
        f.spendFen[7] = 6_100;
        assertThat(Warnings.of(f, 7, DEFAULTS)).isEmpty();
        f.spendFen[7] = 6_000;
        List<Warning> fired = Warnings.of(f, 7, DEFAULTS);
        assertThat(fired).extracting(Warning::rule).containsExactly(WarningRule.SPEND_DROP);
        assertThat(fired.getFirst().detailEn()).isEqualTo("spend fell 40% (¥60 against ¥100 a month before)");
        assertThat(fired.getFirst().detailZh()).contains("消费下降40%");
        assertThat(Warnings.of(f, 7, new WarningRules(0.5, 3, 60, 60, 7, true))).isEmpty();
    }

    @Test
    void eachRuleFiresOnItsOwnCondition() {
        ChurnFacts f = Subscribers.steady();
        f.competitorForwards[7] = 3;
        f.bill(7, 12_000, 61);
        f.contractEnd = LocalDate.of(2026, 10, 15);
        f.complaint(ChurnFacts.seconds(LocalDateTime.of(2026, 8, 20, 9, 0)), ChurnFacts.OPEN);
        f.stars[6] = 3;
        f.stars[7] = 2;
        assertThat(Warnings.of(f, 7, DEFAULTS)).extracting(Warning::rule).containsExactly(
                WarningRule.COMPETITOR_FORWARDS, WarningRule.ARREARS, WarningRule.CONTRACT_END,
                WarningRule.COMPLAINT_OPEN, WarningRule.STAR_DOWNGRADE);
        assertThat(Warnings.of(f, 7, new WarningRules(0.4, 4, 61, 30, 12, false))).isEmpty();
    }

    @Test
    void aNewcomerNeedsThreeFullMonthsBeforeASpendDropCounts() {
        ChurnFacts f = Subscribers.steady();
        f.activatedOn = LocalDate.of(2026, 5, 10);
        f.spendFen[7] = 1_000;
        assertThat(Warnings.of(f, 7, DEFAULTS)).isEmpty();
    }
}
