package io.manyi.tier;

import io.manyi.platform.settings.Settings;
import java.util.List;
import org.springframework.stereotype.Component;

/** The tier feature's settings, each with its default in core (docs/tiers.md lists them). */
@Component
public class TierSettings {

    private final Settings settings;

    public TierSettings(Settings settings) {
        this.settings = settings;
    }

    public StarRules starRules() {
        return settings.get(StarRules.SETTING, StarRules.class, StarRules::defaults);
    }

    public Privileges privileges() {
        return settings.get(Privileges.SETTING, Privileges.class, Privileges::defaults);
    }

    public VipRules vipRules() {
        return settings.get(VipRules.SETTING, VipRules.class, VipRules::defaults);
    }

    public SegmentRules segmentRules() {
        return settings.get(SegmentRules.SETTING, SegmentRules.class, SegmentRules::defaults);
    }

    /**
     * Stores new star rules after checking them.
     *
     * @throws InvalidTierRules with the problems when they cannot be used
     */
    public void putStarRules(StarRules rules, String actor, String reason) {
        List<String> problems = rules == null ? List.of("no rules given") : rules.problems();
        if (!problems.isEmpty()) {
            throw new InvalidTierRules(problems);
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidTierRules(List.of("a reason for the change is required"));
        }
        settings.put(StarRules.SETTING, rules, actor, reason);
    }
}
