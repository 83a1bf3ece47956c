package io.manyi.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LearningTest {

    @Test
    void theFirstExperimentWithEnoughMembersInBothArmsCounts() {
        Learning.Evidence holdout = new Learning.Evidence("HOLDOUT", 900, 99, 0.05);
        Learning.Evidence campaigns = new Learning.Evidence("CAMPAIGNS", 2000, 200, 0.08);
        assertThat(Learning.usable(List.of(holdout, campaigns), 100)).contains(campaigns);
        assertThat(Learning.usable(List.of(holdout, campaigns), 99)).contains(holdout);
        assertThat(Learning.usable(List.of(holdout, campaigns), 201)).isEmpty();
        assertThat(Learning.usable(List.of(new Learning.Evidence("HOLDOUT", 500, 500, null)), 1)).isEmpty();
    }

    @Test
    void aHarmfulOrImpossibleUpliftIsKeptInRange() {
        assertThat(Learning.probability(new Learning.Evidence("CAMPAIGNS", 1, 1, -0.03))).isZero();
        assertThat(Learning.probability(new Learning.Evidence("CAMPAIGNS", 1, 1, 0.07))).isEqualTo(0.07);
        assertThat(Learning.probability(new Learning.Evidence("CAMPAIGNS", 1, 1, 1.5))).isEqualTo(1.0);
    }
}
