package io.manyi.province;

/** What the generator knows about a subscriber this month and the product never sees. */
final class LatentState {

    boolean considering;
    /** Months spent considering leaving, counting this one; 0 when content. */
    int consideringMonths;
    String cause;
    /** A competitor's offer: 0 when none reaches the subscriber, up to 1 when it is fresh and strong. */
    double exposure;
    double dissatisfaction;
    /** Lasting changes in spending that have nothing to do with leaving (a new job, a second phone). */
    double spendLevel = 1.0;
    /** Will forward calls to the competitor's number once considering: 70% do. */
    boolean forwarder;
    /** Will cut spending once considering: 80% do. */
    boolean cutsSpend;
    boolean suspended;

    void startConsidering(String why, boolean forwards, boolean cuts) {
        considering = true;
        consideringMonths = 1;
        cause = why;
        forwarder = forwards;
        cutsSpend = cuts;
    }

    void settle() {
        considering = false;
        consideringMonths = 0;
        cause = null;
    }
}
