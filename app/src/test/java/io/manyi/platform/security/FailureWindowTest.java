package io.manyi.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FailureWindowTest {

    private static final long MINUTE = 60_000;
    private static final long WINDOW = 15 * MINUTE;

    @Test
    void theTenthFailureWithinTheWindowThrottlesUntilTheFirstLeavesIt() {
        FailureWindow window = new FailureWindow(10, WINDOW);
        for (int i = 0; i < 9; i++) {
            assertThat(window.fail(i * MINUTE)).isFalse();
        }
        assertThat(window.blockedFor(9 * MINUTE)).isZero();

        assertThat(window.fail(9 * MINUTE)).as("the tenth failure starts the throttle").isTrue();

        assertThat(window.blockedFor(9 * MINUTE)).isEqualTo(WINDOW - 9 * MINUTE); // until the first (at 0) is 15 min old
        assertThat(window.blockedFor(WINDOW - 1)).isEqualTo(1);
        assertThat(window.blockedFor(WINDOW)).isZero();
    }

    @Test
    void failuresOlderThanTheWindowDoNotCount() {
        FailureWindow window = new FailureWindow(3, WINDOW);
        window.fail(0);
        window.fail(MINUTE);
        // the first has left the window when the third comes: still two within it
        assertThat(window.fail(WINDOW + 1)).isFalse();
        assertThat(window.blockedFor(WINDOW + 1)).isZero();
        assertThat(window.fail(WINDOW + 2)).isTrue();
        assertThat(window.idle(3 * WINDOW)).isTrue();
    }

    @Test
    void refusedAttemptsAreAuditedOnceAMinuteWithTheirCount() {
        FailureWindow window = new FailureWindow(1, WINDOW);
        window.fail(0);
        assertThat(window.refusedToAudit(1_000)).isEqualTo(1);
        assertThat(window.refusedToAudit(2_000)).isZero();
        assertThat(window.refusedToAudit(3_000)).isZero();
        assertThat(window.refusedToAudit(1_000 + FailureWindow.AUDIT_EVERY_MILLIS)).isEqualTo(3);
    }
}
