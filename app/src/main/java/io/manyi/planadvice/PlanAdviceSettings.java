package io.manyi.planadvice;

import io.manyi.platform.settings.Settings;
import org.springframework.stereotype.Component;

/** The plan-advice rules ({@code planadvice.rules}), defaults in core (docs/plan-advice.md). */
@Component
public class PlanAdviceSettings {

    private final Settings settings;

    public PlanAdviceSettings(Settings settings) {
        this.settings = settings;
    }

    public PlanAdviceRules rules() {
        return settings.get(PlanAdviceRules.SETTING, PlanAdviceRules.class, PlanAdviceRules::defaults);
    }
}
