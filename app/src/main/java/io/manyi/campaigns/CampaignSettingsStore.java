package io.manyi.campaigns;

import io.manyi.platform.settings.Settings;
import java.util.List;
import org.springframework.stereotype.Component;

/** The setting {@code campaigns.settings}, defaults in core ({@link CampaignSettings#defaults()}). */
@Component
public class CampaignSettingsStore {

    private final Settings settings;

    public CampaignSettingsStore(Settings settings) {
        this.settings = settings;
    }

    public CampaignSettings get() {
        return settings.get(CampaignSettings.SETTING, CampaignSettings.class, CampaignSettings::defaults);
    }

    public void put(CampaignSettings value, String actor, String reason) {
        List<String> problems = value == null ? List.of("no settings given") : value.problems();
        if (reason == null || reason.isBlank()) {
            problems = new java.util.ArrayList<>(problems);
            problems.add("a reason for the change is required");
        }
        if (!problems.isEmpty()) {
            throw CampaignRefused.invalid(problems);
        }
        settings.put(CampaignSettings.SETTING, value, actor, reason);
    }
}
