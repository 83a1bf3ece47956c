package io.manyi.moments;

import java.util.Map;

/**
 * Expected value of acting on a moment, in yuan: customer value x probability that the action
 * helps - cost (the seeds' "service value = timing x efficiency x need x quality - cost").
 * Customer value is the monthly spend over {@code valueMonths} months; probability and cost come
 * per moment type from this setting ({@code moments.priority}). Where outcomes will one day teach
 * better probabilities, they come in through {@link HelpProbability} without touching the formula.
 */
public record Priority(int valueMonths, double defaultProbability, double defaultCostYuan,
                       Map<String, Economics> types) {

    public static final String SETTING = "moments.priority";

    /** Per moment type: the chance the action keeps or wins the subscriber's value, and what it costs. */
    public record Economics(double probability, double costYuan) {
    }

    /** Where the probability comes from: settings today, learned from recorded outcomes later. */
    @FunctionalInterface
    public interface HelpProbability {
        double of(String type);
    }

    public Priority {
        types = types == null ? Map.of() : Map.copyOf(types);
    }

    public static Priority defaults() {
        return new Priority(12, 0.03, 5, Map.ofEntries(
                Map.entry("BIRTHDAY", new Economics(0.02, 3)),
                Map.entry("TENURE_ANNIVERSARY", new Economics(0.02, 3)),
                Map.entry("STAR_UPGRADE", new Economics(0.02, 3)),
                Map.entry("STAR_DOWNGRADE", new Economics(0.06, 5)),
                Map.entry("POINTS_EXPIRING", new Economics(0.03, 3)),
                Map.entry("CONTRACT_ENDING", new Economics(0.10, 8)),
                Map.entry("SPEND_DROP", new Economics(0.06, 5)),
                Map.entry("ROAMING_BEGINS", new Economics(0.02, 1)),
                Map.entry("BILL_SHOCK", new Economics(0.05, 5)),
                Map.entry("VAS_UNCONFIRMED", new Economics(0.05, 5)),
                Map.entry("COMPLAINT_CALLBACK", new Economics(0.08, 5)),
                Map.entry("SURVEY_CALLBACK", new Economics(0.08, 5)),
                Map.entry("CHURN_WARNING", new Economics(0.08, 5)),
                Map.entry("CHURN_RISK_HIGH", new Economics(0.10, 8)),
                Map.entry("GROUP_NEW_MEMBER", new Economics(0.03, 5)),
                Map.entry("BETTER_PLAN", new Economics(0.04, 5))));
    }

    public Economics economics(String type) {
        return types.getOrDefault(type, new Economics(defaultProbability, defaultCostYuan));
    }

    /** The probabilities of these settings. */
    public HelpProbability fromSettings() {
        return type -> economics(type).probability();
    }

    /** Expected value in yuan of acting on a moment of {@code type} for a subscriber spending {@code monthlyValueYuan}. */
    public double expectedValue(String type, double monthlyValueYuan) {
        return expectedValue(type, monthlyValueYuan, fromSettings());
    }

    public double expectedValue(String type, double monthlyValueYuan, HelpProbability probability) {
        double customerValue = Math.max(0, monthlyValueYuan) * valueMonths;
        return round2(customerValue * probability.of(type) - economics(type).costYuan());
    }

    public java.util.List<String> problems() {
        java.util.List<String> problems = new java.util.ArrayList<>();
        if (valueMonths < 1 || valueMonths > 120) {
            problems.add("valueMonths must be between 1 and 120");
        }
        types.forEach((type, e) -> {
            if (e.probability() < 0 || e.probability() > 1) {
                problems.add(type + ": probability must be between 0 and 1");
            }
            if (e.costYuan() < 0) {
                problems.add(type + ": costYuan must not be negative");
            }
        });
        return problems;
    }

    static double round2(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
