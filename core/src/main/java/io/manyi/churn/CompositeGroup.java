package io.manyi.churn;

/** The groups a subscriber falls in for the composite risk score, and how a subscriber's key is found. */
public enum CompositeGroup {
    PLAN, BRAND, COMPETITOR_BAND, NUMBER_TYPE, TENURE_BAND, CITY;

    private static final CompositeGroup[] ALL = values();

    /** The subscriber's key in each group, in {@link #values()} order, from the facts and the month's features. */
    public static String[] keys(ChurnFacts f, float[] features, int offset) {
        String[] keys = new String[ALL.length];
        keys[PLAN.ordinal()] = f.planCode;
        keys[BRAND.ordinal()] = f.brand;
        keys[COMPETITOR_BAND.ordinal()] = competitorBand(features[offset + ChurnFeature.COMPETITOR_CONTACT_SHARE.ordinal()]);
        keys[NUMBER_TYPE.ordinal()] = f.premiumNumber ? "PREMIUM" : "NORMAL";
        keys[TENURE_BAND.ordinal()] = tenureBand(features[offset + ChurnFeature.TENURE.ordinal()]);
        keys[CITY.ordinal()] = f.city;
        return keys;
    }

    /** Share of contacts on competitor networks in bands of ten points; 40%+ together. */
    static String competitorBand(float share) {
        if (Float.isNaN(share)) {
            return "unknown";
        }
        int band = Math.min(4, (int) (share * 10));
        return band == 4 ? "40%+" : band * 10 + "-" + (band + 1) * 10 + "%";
    }

    static String tenureBand(float months) {
        if (Float.isNaN(months)) {
            return "unknown";
        }
        return months < 6 ? "<6" : months < 12 ? "6-12" : months < 24 ? "12-24" : months < 60 ? "24-60"
                : months < 120 ? "60-120" : "120+";
    }
}
