package io.manyi.province;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProvinceDeterminismTest {

    private static final ProvinceSpec SPEC = new ProvinceSpec(1_500, YearMonth.of(2025, 6), 8, 42);

    @Test
    void sameSpecGivesTheSameRows() {
        List<String> first = CollectingSink.generate(SPEC).everything();
        List<String> second = CollectingSink.generate(SPEC).everything();

        assertThat(first).hasSizeGreaterThan(10_000);
        assertThat(second).isEqualTo(first);
    }

    @Test
    void anotherSeedGivesAnotherProvince() {
        CollectingSink first = CollectingSink.generate(SPEC);
        CollectingSink other = CollectingSink.generate(new ProvinceSpec(1_500, YearMonth.of(2025, 6), 8, 43));

        assertThat(other.subscribers).hasSameSizeAs(first.subscribers);
        assertThat(other.subscribers.get(0)).isNotEqualTo(first.subscribers.get(0));
        long sameNumbers = other.subscribers.stream().map(Rows.Subscriber::msisdn)
                .filter(first.subscribers.stream().map(Rows.Subscriber::msisdn).toList()::contains).count();
        assertThat(sameNumbers).isLessThan(15);
        assertThat(other.usage).isNotEqualTo(first.usage);
    }

    @Test
    void aSubscribersRowsDoNotDependOnHowManyFollow() {
        CollectingSink small = CollectingSink.generate(new ProvinceSpec(200, YearMonth.of(2025, 6), 8, 42));
        CollectingSink large = CollectingSink.generate(SPEC);

        // Numbers come from a shared pool, so compare what each subscriber's own stream decides.
        assertThat(large.subscribers.get(0).name()).isEqualTo(small.subscribers.get(0).name());
        assertThat(large.subscribers.get(0).idNumber()).isEqualTo(small.subscribers.get(0).idNumber());
    }
}
