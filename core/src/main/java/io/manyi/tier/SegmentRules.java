package io.manyi.tier;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Value segments by ARPU (the average monthly spend of the last 12 months): the top
 * {@code highTopPercent} of subscribers are HIGH, the next {@code midNextPercent} MID, the rest
 * LOW. The operator's setting {@code tier.value-segments}.
 */
public record SegmentRules(double highTopPercent, double midNextPercent) {

    public static final String SETTING = "tier.value-segments";

    public static SegmentRules defaults() {
        return new SegmentRules(20, 30);
    }

    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (highTopPercent <= 0 || midNextPercent < 0 || highTopPercent + midNextPercent > 100) {
            problems.add("highTopPercent must be positive, midNextPercent not negative, together at most 100");
        }
        return problems;
    }

    /**
     * The lowest ARPU (fen) of HIGH and of MID among {@code arpuFen} (any order; sorted in place).
     * Ties at a cut-off all fall in the upper segment.
     */
    public Cutoffs cutoffs(long[] arpuFen, int count) {
        if (count == 0) {
            return new Cutoffs(Long.MAX_VALUE, Long.MAX_VALUE);
        }
        Arrays.sort(arpuFen, 0, count);
        int high = (int) Math.ceil(count * highTopPercent / 100.0);
        int mid = (int) Math.ceil(count * (highTopPercent + midNextPercent) / 100.0);
        long highFrom = high == 0 ? Long.MAX_VALUE : arpuFen[count - high];
        long midFrom = mid == 0 ? Long.MAX_VALUE : arpuFen[count - Math.min(mid, count)];
        return new Cutoffs(highFrom, midFrom);
    }

    /** The lowest ARPU of each upper segment, in fen. */
    public record Cutoffs(long highFromFen, long midFromFen) {

        public ValueSegment segmentOf(long arpuFen) {
            if (arpuFen >= highFromFen) {
                return ValueSegment.HIGH;
            }
            return arpuFen >= midFromFen ? ValueSegment.MID : ValueSegment.LOW;
        }
    }
}
