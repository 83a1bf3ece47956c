package io.manyi.moments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PriorityAndPolicyTest {

    @Test
    void expectedValueIsValueTimesProbabilityMinusCost() {
        Priority priority = new Priority(12, 0.03, 5, Map.of("CHURN_RISK_HIGH", new Priority.Economics(0.10, 8)));
        // 150 yuan a month over 12 months = 1800; x 0.10 - 8 = 172.
        assertThat(priority.expectedValue("CHURN_RISK_HIGH", 150)).isEqualTo(172.0);
        // A type without its own economics takes the defaults: 1800 x 0.03 - 5 = 49.
        assertThat(priority.expectedValue("BIRTHDAY", 150)).isEqualTo(49.0);
        // A learned probability replaces the setting's without changing the formula.
        assertThat(priority.expectedValue("CHURN_RISK_HIGH", 150, type -> 0.2)).isEqualTo(352.0);
        assertThat(priority.expectedValue("BIRTHDAY", 0)).isEqualTo(-5.0);
        assertThat(new Priority(0, 2, 1, Map.of("X", new Priority.Economics(1.5, -1))).problems()).hasSize(3);
        assertThat(Priority.defaults().problems()).isEmpty();
    }

    @Test
    void quietHoursWrapMidnight() {
        ContactPolicy policy = ContactPolicy.defaults();
        assertThat(policy.isQuiet(LocalTime.of(22, 0))).isTrue();
        assertThat(policy.isQuiet(LocalTime.of(3, 0))).isTrue();
        assertThat(policy.isQuiet(LocalTime.of(9, 0))).isFalse();
        assertThat(policy.isQuiet(LocalTime.of(20, 59))).isFalse();
        assertThat(policy.nextAllowed(LocalDateTime.of(2026, 11, 2, 22, 30))).isEqualTo(LocalDateTime.of(2026, 11, 3, 9, 0));
        assertThat(policy.nextAllowed(LocalDateTime.of(2026, 11, 2, 6, 30))).isEqualTo(LocalDateTime.of(2026, 11, 2, 9, 0));
        assertThat(policy.nextAllowed(LocalDateTime.of(2026, 11, 2, 14, 0))).isEqualTo(LocalDateTime.of(2026, 11, 2, 14, 0));
        ContactPolicy daytimeQuiet = new ContactPolicy(2, 30, LocalTime.of(12, 0), LocalTime.of(14, 0), 60, 200, 3, 30, 10);
        assertThat(daytimeQuiet.isQuiet(LocalTime.of(13, 0))).isTrue();
        assertThat(daytimeQuiet.isQuiet(LocalTime.of(15, 0))).isFalse();
    }

    @Test
    void outcomesCloseOrKeepTheTaskAndAppointmentsAreCounted() {
        assertThat(Outcome.REACHED_ACCEPTED.resultingStatus()).isEqualTo(TaskStatus.DONE);
        assertThat(Outcome.WRONG_NUMBER.resultingStatus()).isEqualTo(TaskStatus.FAILED);
        assertThat(Outcome.CALL_BACK_LATER.resultingStatus().isOpen()).isTrue();
        java.time.Instant now = java.time.Instant.parse("2026-11-02T06:00:00Z");
        assertThat(Appointments.classify(now.minusSeconds(60), false, now)).isEqualTo(Appointments.Kind.DUE);
        assertThat(Appointments.classify(now.plusSeconds(60), false, now)).isEqualTo(Appointments.Kind.NOT_DUE);
        assertThat(Appointments.classify(now.plusSeconds(60), true, now)).isEqualTo(Appointments.Kind.PROCESSED);
    }
}
