package io.manyi.churn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class TimeSplitTest {

    @Test
    void theDemosThirteenMonthsTrainBeforeValidatingAndTestOnTheLatestCompleteHorizon() {
        TimeSplit split = TimeSplit.of(YearMonth.of(2025, 10), YearMonth.of(2026, 10), TrainingSettings.defaults());
        assertThat(split.test()).isEqualTo(YearMonth.of(2026, 7));
        assertThat(split.validation()).isEqualTo(YearMonth.of(2026, 4));
        assertThat(split.trainTo()).isEqualTo(YearMonth.of(2026, 3));
        assertThat(split.trainFrom()).isEqualTo(YearMonth.of(2025, 12));
    }

    @Test
    void trainingMonthsAreCappedAndTooShortDataIsRefused() {
        TrainingSettings oneMonthHorizon = new TrainingSettings(1, 2, 2, 1_000_000);
        TimeSplit split = TimeSplit.of(YearMonth.of(2024, 1), YearMonth.of(2026, 10), oneMonthHorizon);
        assertThat(split.trainFrom()).isEqualTo(YearMonth.of(2026, 6));
        assertThat(split.trainTo()).isEqualTo(YearMonth.of(2026, 7));
        assertThatThrownBy(() -> TimeSplit.of(YearMonth.of(2026, 1), YearMonth.of(2026, 8), TrainingSettings.defaults()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs at least 10 months");
    }
}
