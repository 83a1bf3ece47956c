package io.manyi.churn;

/** The subscriber exists but has no churn score yet (no monthly run covered them). */
public class ChurnNotScored extends RuntimeException {

    public ChurnNotScored(String msisdn) {
        super("No churn score for " + msisdn + " yet: run ./manyi churn run --month YYYY-MM");
    }
}
