package io.manyi.churn.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FeatureColumnTest {

    @Test
    void numbersShowTwoDecimalsAtMostWithoutTrailingZeros() {
        FeatureColumn c = FeatureColumn.numeric("x");
        assertThat(c.display(78.3f)).isEqualTo("78.3");
        assertThat(c.display(-2.5f)).isEqualTo("-2.5");
        assertThat(c.display(0.125f)).isEqualTo("0.13");
        assertThat(c.display(3f)).isEqualTo("3");
        assertThat(c.display(-0.001f)).isEqualTo("0");
        assertThat(c.display(1234.05f)).isEqualTo("1234.05");
        assertThat(c.display(Float.NaN)).isNull();
        assertThat(FeatureColumn.categorical("plan", List.of("a", "b")).display(1)).isEqualTo("b");
    }

    @Test
    void theHandFormattingMatchesStringFormat() {
        FeatureColumn c = FeatureColumn.numeric("x");
        Random random = new Random(5);
        for (int i = 0; i < 100_000; i++) {
            float v = (float) (random.nextGaussian() * Math.pow(10, random.nextInt(6)));
            if (Math.abs(v) < 0.005 || v == Math.rint(v)) {
                continue;
            }
            String expected = String.format(Locale.ROOT, "%.2f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
            assertThat(c.display(v)).as("%s", v).isEqualTo(expected);
        }
    }
}
