package io.manyi.churn;

/**
 * What the at-risk list shows: optional filters (null = any), the order and the page.
 *
 * @param stars   star level 0-5 of the subscriber's latest tier assessment up to the scored month
 * @param manager username of the assigned phone manager
 * @param page    0-based
 */
public record AtRiskFilter(String city, String brand, Integer stars, String manager, Sort sort, int page) {

    public static final int PAGE_SIZE = 50;

    public enum Sort {
        /** probability × value_yuan: the expected monthly revenue at risk (default). */
        RISK_VALUE,
        /** probability alone (served by the churn_scores_by_risk index). */
        PROBABILITY,
        VALUE;

        public static Sort of(String text) {
            if (text == null || text.isBlank()) {
                return RISK_VALUE;
            }
            return switch (text.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "probability", "risk" -> PROBABILITY;
                case "value" -> VALUE;
                default -> RISK_VALUE;
            };
        }

        public String param() {
            return switch (this) {
                case RISK_VALUE -> "risk-value";
                case PROBABILITY -> "probability";
                case VALUE -> "value";
            };
        }
    }

    public AtRiskFilter {
        city = blankToNull(city);
        brand = blankToNull(brand);
        manager = blankToNull(manager);
        if (stars != null && (stars < 0 || stars > 5)) {
            stars = null;
        }
        sort = sort == null ? Sort.RISK_VALUE : sort;
        page = Math.max(0, Math.min(page, 10_000));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
