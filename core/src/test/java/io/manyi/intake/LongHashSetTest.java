package io.manyi.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LongHashSetTest {

    @Test
    void agreesWithAHashSetOnRandomPhoneNumbers() {
        Random random = new Random(42);
        LongHashSet set = new LongHashSet(16);
        Set<Long> reference = new HashSet<>();
        for (int i = 0; i < 200_000; i++) {
            long msisdn = 13_000_000_000L + random.nextInt(5_000_000);
            assertThat(set.add(msisdn)).isEqualTo(reference.add(msisdn));
        }
        assertThat(set.size()).isEqualTo(reference.size());
        for (int i = 0; i < 200_000; i++) {
            long probe = 13_000_000_000L + random.nextInt(5_000_000);
            assertThat(set.contains(probe)).isEqualTo(reference.contains(probe));
        }
    }

    @Test
    void aMillionNumbersFitInSixteenMegabytes() {
        LongHashSet set = new LongHashSet(1_000_000);
        for (long i = 0; i < 1_000_000; i++) {
            set.add(13_800_000_000L + i * 7);
        }

        assertThat(set.size()).isEqualTo(1_000_000);
        assertThat(set.footprint()).isLessThanOrEqualTo(16L << 20);
        assertThat(set.contains(13_800_000_007L)).isTrue();
        assertThat(set.contains(13_800_000_008L)).isFalse();
    }
}
