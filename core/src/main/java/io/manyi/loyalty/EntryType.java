package io.manyi.loyalty;

/**
 * What a ledger entry records. Earned types count towards eligibility and the statement's
 * "earned"; holds, releases and captures move points that a merchant or an auction has reserved.
 */
public enum EntryType {
    ACCRUAL(true),
    TENURE_BONUS(true),
    STAR_BONUS(true),
    DATA_BONUS(true),
    REDEMPTION(false),
    EXPIRY(false),
    TRANSFER_OUT(false),
    TRANSFER_IN(false),
    BID_HOLD(false),
    BID_RELEASE(false),
    MERCHANT_HOLD(false),
    /** Zero points: the held points become the merchant's; the entry marks the moment. */
    MERCHANT_CAPTURE(false),
    MERCHANT_RELEASE(false),
    ADJUSTMENT(false),
    REVERSAL(false);

    private final boolean qualifying;

    EntryType(boolean qualifying) {
        this.qualifying = qualifying;
    }

    /** True for the monthly accrual and its bonuses: these count towards redemption eligibility. */
    public boolean qualifying() {
        return qualifying;
    }
}
