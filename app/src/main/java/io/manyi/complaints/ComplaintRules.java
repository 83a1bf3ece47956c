package io.manyi.complaints;

/**
 * The setting {@code complaints.rules}.
 *
 * @param repeatWindowDays  a complaint on the same category by the same subscriber within this many days is a repeat
 * @param callbackHours     the callback after closure is due within this many hours
 * @param maxPointsRemedy   the most points one complaint may compensate
 * @param maxFeeCreditYuan  the largest fee credit one complaint may grant
 */
public record ComplaintRules(int repeatWindowDays, int callbackHours, long maxPointsRemedy, long maxFeeCreditYuan) {

    public static final String SETTING = "complaints.rules";

    public ComplaintRules {
        if (repeatWindowDays < 1 || callbackHours < 1 || maxPointsRemedy < 0 || maxFeeCreditYuan < 0) {
            throw new IllegalArgumentException("complaint rules must be positive");
        }
    }

    public static ComplaintRules defaults() {
        return new ComplaintRules(30, 48, 5000, 500);
    }
}
