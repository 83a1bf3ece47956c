package io.manyi.churn;

/** The warning rules; {@link #code()} is what churn_warnings.rule and the event payload carry. */
public enum WarningRule {
    SPEND_DROP("spend_drop"),
    COMPETITOR_FORWARDS("competitor_forwards"),
    ARREARS("arrears"),
    CONTRACT_END("contract_end"),
    COMPLAINT_OPEN("complaint_open"),
    STAR_DOWNGRADE("star_downgrade");

    private final String code;

    WarningRule(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
