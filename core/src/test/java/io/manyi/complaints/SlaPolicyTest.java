package io.manyi.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlaPolicyTest {

    final SlaPolicy policy = SlaPolicy.defaults();

    @Test
    void severityDefaultsApplyToAnyCategory() {
        assertThat(policy.budget(List.of("NETWORK_SLOW", "NETWORK"), Severity.HIGH, 0)).isEqualTo(Duration.ofHours(24));
        assertThat(policy.budget(List.of("NETWORK_SLOW", "NETWORK"), Severity.LOW, 0)).isEqualTo(Duration.ofHours(72));
    }

    @Test
    void theNearestCategoryRuleWinsThenTheSeverity() {
        List<String> path = List.of("VAS_UNKNOWING_SUBSCRIPTION", "NS_OWN", "NEW_SERVICES");
        assertThat(policy.budget(path, Severity.LOW, 0)).isEqualTo(Duration.ofHours(24));
        assertThat(policy.budget(path, Severity.CRITICAL, 0)).isEqualTo(Duration.ofHours(4));
    }

    @Test
    void aRuleOnAParentCoversItsChildren() {
        SlaPolicy parentRule = new SlaPolicy(List.of(new SlaPolicy.Rule(null, null, 48),
                new SlaPolicy.Rule("NEW_SERVICES", null, 12)), policy.starFactors(), 0.8, policy.workdays(),
                policy.opens(), policy.closes(), List.of());
        assertThat(parentRule.budget(List.of("NS_OWN_CANNOT_CANCEL", "NS_OWN", "NEW_SERVICES"), Severity.MEDIUM, 0))
                .isEqualTo(Duration.ofHours(12));
        assertThat(parentRule.budget(List.of("HALL_WAIT", "HALLS"), Severity.MEDIUM, 0)).isEqualTo(Duration.ofHours(48));
    }

    @Test
    void highTiersAreServedFaster() {
        List<String> path = List.of("BILLING_ERROR", "FEES");
        assertThat(policy.budget(path, Severity.MEDIUM, 2)).isEqualTo(Duration.ofHours(48));
        assertThat(policy.budget(path, Severity.MEDIUM, 3)).isEqualTo(Duration.ofHours(36));
        assertThat(policy.budget(path, Severity.MEDIUM, 5)).isEqualTo(Duration.ofHours(24));
    }

    @Test
    void aPolicyWithoutDefaultsIsRefused() {
        assertThatThrownBy(() -> new SlaPolicy(List.of(new SlaPolicy.Rule("X", null, 1)), List.of(), 0.8,
                policy.workdays(), policy.opens(), policy.closes(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SlaPolicy.StarFactor(4, 1.5)).isInstanceOf(IllegalArgumentException.class);
    }
}
