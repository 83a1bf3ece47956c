package io.manyi.province;

/**
 * The hidden churn process. Nobody leaves out of the blue, except those who do:
 * <ol>
 * <li>Every month a subscriber who is content may start to <em>consider leaving</em> (the
 * latent intent state). The rate grows with their latent propensity and with observable
 * drivers: a competitor's offer reaching them, dissatisfaction (unresolved complaints,
 * services billed without consent), a contract that has just ended, and arrears. A running
 * contract holds it down.</li>
 * <li>While considering, they behave differently (see {@link UsageModel}): spend falls, calls
 * are forwarded to a competitor's number, the calling circle shrinks and moves to other
 * networks. Each month some are won back; the others leave with a hazard that grows the
 * longer they have been considering.</li>
 * <li>Apart from that, everyone leaves at a small random rate (moving away, a second phone
 * given up): this churn no signal predicts.</li>
 * <li>Debts overdue for three months end in cancellation by the operator.</li>
 * </ol>
 * docs/synthetic-province.md gives the reasoning behind each number.
 */
final class ChurnModel {

    static final double INTENT_BASE = 0.009;
    static final double PROPENSITY_WEIGHT = 0.6;
    static final double COMPETITOR_WEIGHT = 1.6;
    static final double DISSATISFACTION_WEIGHT = 1.2;
    static final double CONTRACT_END_WEIGHT = 2.0;
    static final double ARREARS_WEIGHT = 1.2;
    /** A running contract (early-termination fee, a subsidised handset) cuts the rate of starting to consider. */
    static final double LOCK_IN = 0.3;
    /** Monthly chance that someone considering leaving is won back or settles down. */
    static final double SETTLES = 0.10;
    /** Monthly hazard of leaving after 1, 2, 3 and 4+ months of considering. */
    static final double[] INTENT_HAZARD = {0.0, 0.04, 0.10, 0.17, 0.24};
    /** Monthly chance that a competitor's offer reaches a subscriber, before city and brand factors. */
    static final double EXPOSURE_RATE = 0.012;
    static final double EXPOSURE_DECAY = 0.85;
    static final double FORCED_CANCELLATION = 0.3;
    static final int CONTRACT_END_MONTHS = 3;

    static final String RANDOM = "random";
    static final String PROPENSITY = "propensity";
    static final String COMPETITOR = "competitor_offer";
    static final String DISSATISFACTION = "dissatisfaction";
    static final String CONTRACT_END = "contract_end";
    static final String ARREARS = "arrears";

    private ChurnModel() {
    }

    /** New subscribers leave more easily; after five years people rarely change their number. */
    static double tenureFactor(int tenureMonths) {
        if (tenureMonths < 6) {
            return 1.8;
        }
        if (tenureMonths < 12) {
            return 1.4;
        }
        if (tenureMonths < 24) {
            return 1.15;
        }
        if (tenureMonths < 60) {
            return 1.0;
        }
        return tenureMonths < 120 ? 0.75 : 0.55;
    }

    /** How strongly a competitor pushes in this city, for this brand's customers. */
    static double exposureRate(SubscriberProfile p) {
        double brand = switch (p.brand) {
            case GOTONE -> 0.6;
            case MZONE -> 1.4;
            case EASYOWN -> 1.1;
            case DONGLI100 -> 0.8;
        };
        return EXPOSURE_RATE * p.city.competition() * brand;
    }

    static double intentHazard(int intentMonths) {
        return INTENT_HAZARD[Math.min(intentMonths, INTENT_HAZARD.length - 1)];
    }
}
