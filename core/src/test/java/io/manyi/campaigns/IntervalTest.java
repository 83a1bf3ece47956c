package io.manyi.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class IntervalTest {

    @Test
    void wilsonMatchesTheTextbook() {
        // Newcombe (1998), Statistics in Medicine 17: 873-890, Table I, 81/263: 0.2553 to 0.3662.
        Interval.Bounds b = Interval.wilson(81, 263);
        assertThat(b.low()).isCloseTo(0.2553, within(0.0001));
        assertThat(b.high()).isCloseTo(0.3662, within(0.0001));
        assertThat(Interval.wilson(0, 0)).isNull();
        assertThat(Interval.wilson(10, 10).high()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void newcombeMatchesThePublishedExample() {
        // Newcombe (1998), Statistics in Medicine 17: 873-890, Table II, 56/70 - 48/80, method 10: 0.0524 to 0.3339.
        Interval.Difference d = Interval.newcombe(56, 70, 48, 80);
        assertThat(d.estimate()).isCloseTo(0.2, within(1e-12));
        assertThat(d.low()).isCloseTo(0.0524, within(0.0001));
        assertThat(d.high()).isCloseTo(0.3339, within(0.0001));
    }

    @Test
    void newcombeByHandFromTheWilsonBounds() {
        long s1 = 930, n1 = 1000, s2 = 85, n2 = 100;
        Interval.Bounds w1 = Interval.wilson(s1, n1), w2 = Interval.wilson(s2, n2);
        double p1 = 0.93, p2 = 0.85;
        Interval.Difference d = Interval.newcombe(s1, n1, s2, n2);
        assertThat(d.estimate()).isCloseTo(0.08, within(1e-12));
        assertThat(d.low()).isCloseTo(0.08 - Math.hypot(p1 - w1.low(), w2.high() - p2), within(1e-12));
        assertThat(d.high()).isCloseTo(0.08 + Math.hypot(w1.high() - p1, p2 - w2.low()), within(1e-12));
        assertThat(d.low()).isGreaterThan(0).isLessThan(0.08);
        assertThat(Interval.newcombe(1, 1, 0, 0)).isNull();
    }

    @Test
    void meansUseWelchStandardError() {
        Interval.Difference d = Interval.means(5, 100, 400, 2, 64, 100);
        double se = Math.sqrt(100.0 / 400 + 64.0 / 100);
        assertThat(d.estimate()).isEqualTo(3.0);
        assertThat(d.low()).isCloseTo(3 - 1.959964 * se, within(1e-5));
        assertThat(d.high()).isCloseTo(3 + 1.959964 * se, within(1e-5));
        assertThat(Interval.means(1, 1, 1, 1, 1, 5)).isNull();
    }
}
