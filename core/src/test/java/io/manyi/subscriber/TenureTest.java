package io.manyi.subscriber;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TenureTest {

    @Test
    void countsCompletedMonths() {
        LocalDate today = LocalDate.of(2025, 6, 15);
        assertThat(Tenure.months(LocalDate.of(2025, 5, 15), today)).isEqualTo(1);
        assertThat(Tenure.months(LocalDate.of(2025, 5, 16), today)).isZero();
        assertThat(Tenure.months(LocalDate.of(2015, 6, 15), today)).isEqualTo(120);
        assertThat(Tenure.months(LocalDate.of(2026, 1, 1), today)).isZero();
    }

    @Test
    void ageIsCompletedYears() {
        LocalDate today = LocalDate.of(2025, 3, 14);
        assertThat(Tenure.age(LocalDate.of(1985, 3, 14), today)).isEqualTo(40);
        assertThat(Tenure.age(LocalDate.of(1985, 3, 15), today)).isEqualTo(39);
        assertThat(Tenure.age(null, today)).isNull();
    }
}
