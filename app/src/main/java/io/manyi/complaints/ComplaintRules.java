package io.manyi.complaints;

/**
 * The setting {@code complaints.rules}.
 *
 * @param repeatWindowDays  a complaint on the same category by the same subscriber within this many days is a repeat
 * @param callbackHours     the callback after closure is due within this many hours
 * @param maxPointsRemedy   the most points one complaint may compensate
 * @param maxFeeCreditYuan  the largest fee credit one complaint may grant
 * @param importStaleDays   an imported complaint still open in the operator's export this many days after it was
 *                          opened is not followed here: adopted as cancelled (null: 30, past nine in ten of the
 *                          history's resolution times)
 */
public record ComplaintRules(int repeatWindowDays, int callbackHours, long maxPointsRemedy, long maxFeeCreditYuan,
                             Integer importStaleDays) {

    public static final int DEFAULT_IMPORT_STALE_DAYS = 30;

    public ComplaintRules(int repeatWindowDays, int callbackHours, long maxPointsRemedy, long maxFeeCreditYuan) {
        this(repeatWindowDays, callbackHours, maxPointsRemedy, maxFeeCreditYuan, null);
    }

    public int staleDays() {
        return importStaleDays == null ? DEFAULT_IMPORT_STALE_DAYS : importStaleDays;
    }

    public static final String SETTING = "complaints.rules";

    public ComplaintRules {
        if (repeatWindowDays < 1 || callbackHours < 1 || maxPointsRemedy < 0 || maxFeeCreditYuan < 0
                || (importStaleDays != null && importStaleDays < 1)) {
            throw new IllegalArgumentException("complaint rules must be positive");
        }
    }

    public static ComplaintRules defaults() {
        return new ComplaintRules(30, 48, 5000, 500);
    }
}
