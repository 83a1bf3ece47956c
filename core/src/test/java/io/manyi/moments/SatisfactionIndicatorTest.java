package io.manyi.moments;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SatisfactionIndicatorTest {

    @Test
    void parsesTheSixIndicatorsInAnyCaseAndNothingElse() {
        assertThat(SatisfactionIndicator.parse(" fees_understood ")).contains(SatisfactionIndicator.FEES_UNDERSTOOD);
        assertThat(SatisfactionIndicator.parse("OTHER")).contains(SatisfactionIndicator.OTHER);
        assertThat(SatisfactionIndicator.parse("FEES")).isEmpty();
        assertThat(SatisfactionIndicator.parse("")).isEmpty();
        assertThat(SatisfactionIndicator.parse(null)).isEmpty();
        assertThat(SatisfactionIndicator.names()).hasSize(6).contains("SERVICE_FITS_NEED", "EASY_TO_CANCEL");
    }
}
