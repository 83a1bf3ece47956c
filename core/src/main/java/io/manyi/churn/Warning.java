package io.manyi.churn;

/** A warning rule that fired for a subscriber in a month, with what it saw in both languages. */
public record Warning(WarningRule rule, String detailEn, String detailZh) {
}
