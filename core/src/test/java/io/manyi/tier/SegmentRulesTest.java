package io.manyi.tier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SegmentRulesTest {

    @Test
    void topTwentyPercentHighNextThirtyMid() {
        long[] arpu = new long[100];
        for (int i = 0; i < 100; i++) {
            arpu[i] = (i * 37 % 100) * 100L; // 0..99 yuan, shuffled
        }
        SegmentRules.Cutoffs cutoffs = SegmentRules.defaults().cutoffs(arpu.clone(), 100);
        Map<ValueSegment, Integer> counts = new EnumMap<>(ValueSegment.class);
        for (long a : arpu) {
            counts.merge(cutoffs.segmentOf(a), 1, Integer::sum);
        }
        assertThat(counts).containsEntry(ValueSegment.HIGH, 20).containsEntry(ValueSegment.MID, 30)
                .containsEntry(ValueSegment.LOW, 50);
        assertThat(cutoffs.highFromFen()).isEqualTo(8_000);
    }

    @Test
    void tiesFallInTheUpperSegmentAndNobodyIsLost() {
        Random random = new Random(7);
        long[] arpu = new long[1_000];
        for (int i = 0; i < arpu.length; i++) {
            arpu[i] = random.nextInt(10) * 1_000L;
        }
        SegmentRules.Cutoffs cutoffs = SegmentRules.defaults().cutoffs(arpu.clone(), arpu.length);
        long high = java.util.Arrays.stream(arpu).filter(a -> cutoffs.segmentOf(a) == ValueSegment.HIGH).count();
        assertThat(high).isGreaterThanOrEqualTo(200);
        assertThat(cutoffs.segmentOf(Long.MAX_VALUE - 1)).isEqualTo(ValueSegment.HIGH);
        assertThat(SegmentRules.defaults().cutoffs(new long[0], 0).segmentOf(0)).isEqualTo(ValueSegment.LOW);
        assertThat(new SegmentRules(80, 30).problems()).isNotEmpty();
    }
}
