package io.manyi.churn;

import io.manyi.platform.settings.Settings;
import org.springframework.stereotype.Component;

/** The churn feature's settings, each with its default in core (docs/churn.md, "Settings"). */
@Component
public class ChurnSettings {

    private final Settings settings;

    public ChurnSettings(Settings settings) {
        this.settings = settings;
    }

    public WarningRules warningRules() {
        return settings.get(WarningRules.SETTING, WarningRules.class, WarningRules::defaults);
    }

    public CompositeWeights compositeWeights() {
        return settings.get(CompositeWeights.SETTING, CompositeWeights.class, CompositeWeights::defaults);
    }

    public TrainingSettings training() {
        return settings.get(TrainingSettings.SETTING, TrainingSettings.class, TrainingSettings::defaults);
    }
}
