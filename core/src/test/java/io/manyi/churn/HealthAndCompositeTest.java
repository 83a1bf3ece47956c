package io.manyi.churn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class HealthAndCompositeTest {

    @Test
    void aSteadySubscriberIsHealthy() {
        assertThat(HealthScores.of(Subscribers.features(Subscribers.steady(), 7), 0))
                .isEqualTo(new HealthScores(100, 100, 100, 100));
    }

    @Test
    void eachHealthScoreFallsWithItsOwnSigns() {
        ChurnFacts f = Subscribers.steady();
        f.spendFen[7] = 5_000;
        f.contacts[7] = 30;
        f.competitorForwards[7] = 10;
        f.complaint(ChurnFacts.seconds(LocalDateTime.of(2026, 8, 11, 0, 0)), ChurnFacts.OPEN);
        f.service(ChurnFacts.seconds(LocalDateTime.of(2026, 8, 1, 0, 0)), ChurnFacts.OPEN, false);
        HealthScores h = HealthScores.of(Subscribers.features(f, 7), 0);
        assertThat(h.tariff()).isLessThan(65);
        assertThat(h.services()).isEqualTo(75);
        assertThat(h.experience()).isEqualTo(100 - 15 - 21 - 10);
        assertThat(h.circle()).isLessThan(50);
    }

    @Test
    void compositeIsTheWeightedAverageOfAnnualisedGroupRates() {
        GroupRates.Counter counter = new GroupRates.Counter();
        String[] risky = {"P1", "MZONE", "30-40%", "NORMAL", "<6", "深圳"};
        String[] safe = {"P2", "GOTONE", "0-10%", "NORMAL", "120+", "广州"};
        for (int i = 0; i < 1000; i++) {
            counter.add(risky, i < 100);
            counter.add(safe, i < 10);
        }
        GroupRates rates = counter.rates(3);
        assertThat(rates.overall()).isCloseTo(1 - Math.pow(1 - 0.055, 4), within(1e-9));
        int high = rates.composite(risky, CompositeWeights.defaults());
        int low = rates.composite(safe, CompositeWeights.defaults());
        assertThat(high).isBetween(25, 35);
        assertThat(low).isBetween(3, 8);
        String[] unseen = {"P9", "X", "?", "?", "?", "?"};
        assertThat(rates.composite(unseen, CompositeWeights.defaults()))
                .isEqualTo((int) Math.round(100 * rates.overall()));
    }
}
