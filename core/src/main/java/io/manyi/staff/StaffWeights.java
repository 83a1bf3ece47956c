package io.manyi.staff;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One role's weights (settings {@code staff.weights.clerk} and {@code staff.weights.phone-manager}):
 * the weight of each component (any non-negative numbers; only their proportions matter), and
 * optional targets: a rate component with a target scores {@code min(100, 100 × rate / target)}
 * instead of {@code 100 × rate}.
 */
public record StaffWeights(Map<String, Double> weights, Map<String, Double> targets) {

    public StaffWeights {
        weights = weights == null ? Map.of() : Map.copyOf(weights);
        targets = targets == null ? Map.of() : Map.copyOf(targets);
        double sum = 0;
        for (Map.Entry<String, Double> w : weights.entrySet()) {
            StaffRole.Component.valueOf(w.getKey()); // an unknown component is refused
            if (w.getValue() == null || w.getValue() < 0 || w.getValue().isNaN() || w.getValue().isInfinite()) {
                throw new IllegalArgumentException("the weight of " + w.getKey() + " must be a number >= 0");
            }
            sum += w.getValue();
        }
        if (sum <= 0) {
            throw new IllegalArgumentException("at least one weight must be above 0");
        }
        for (Map.Entry<String, Double> t : targets.entrySet()) {
            StaffRole.Component.valueOf(t.getKey());
            if (t.getValue() == null || !(t.getValue() > 0 && t.getValue() <= 1)) {
                throw new IllegalArgumentException("the target of " + t.getKey() + " must be a rate in (0, 1]");
            }
        }
    }

    public static StaffWeights defaults(StaffRole role) {
        return switch (role) {
            case HALL_CLERK -> new StaffWeights(ordered("COMPLIANCE", 20.0, "KNOWLEDGE_TEST", 15.0, "MYSTERY_SHOPPER", 20.0,
                    "ONSITE_SATISFACTION", 30.0, "CALLBACK_SATISFACTION", 15.0), Map.of());
            case PHONE_MANAGER -> new StaffWeights(ordered("TASK_COMPLETION", 40.0, "CONVERSION", 30.0, "SATISFACTION", 30.0),
                    Map.of("CONVERSION", 0.30));
        };
    }

    /** Checks that every weighted component belongs to {@code role}. */
    public StaffWeights forRole(StaffRole role) {
        for (String name : weights.keySet()) {
            if (!role.components().contains(StaffRole.Component.valueOf(name))) {
                throw new IllegalArgumentException(name + " is not a component of " + role);
            }
        }
        return this;
    }

    public double weight(StaffRole.Component component) {
        return weights.getOrDefault(component.name(), 0.0);
    }

    /** The target rate of a component, or null when it has none. */
    public Double target(StaffRole.Component component) {
        return targets.get(component.name());
    }

    private static Map<String, Double> ordered(Object... pairs) {
        Map<String, Double> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (Double) pairs[i + 1]);
        }
        return map;
    }
}
