package io.manyi.staff;

import io.manyi.platform.settings.Settings;
import org.springframework.stereotype.Component;

/** The two weights settings, {@code staff.weights.clerk} and {@code staff.weights.phone-manager}, with history. */
@Component
public class StaffSettings {

    private final Settings settings;

    public StaffSettings(Settings settings) {
        this.settings = settings;
    }

    public StaffWeights weights(StaffRole role) {
        return settings.get(role.setting(), StaffWeights.class, () -> StaffWeights.defaults(role));
    }

    /** @throws IllegalArgumentException weights of components that are not the role's */
    public StaffWeights put(StaffRole role, StaffWeights weights, String actor, String reason) {
        settings.put(role.setting(), weights.forRole(role), actor, reason == null || reason.isBlank() ? "changed" : reason);
        return weights(role);
    }
}
