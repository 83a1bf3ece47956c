package io.manyi.groups;

import io.manyi.platform.settings.Settings;
import org.springframework.stereotype.Component;

/** Setting {@value GroupSettings#SETTING} with its defaults in core ({@link GroupSettings#defaults()}). */
@Component
public class GroupSettingsStore {

    private final Settings settings;

    public GroupSettingsStore(Settings settings) {
        this.settings = settings;
    }

    public GroupSettings get() {
        return settings.get(GroupSettings.SETTING, GroupSettings.class, GroupSettings::defaults);
    }

    /** Stores a change with its reason; refuses numbers out of range and a change without a reason. */
    public void put(GroupSettings value, String actor, String reason) {
        java.util.List<String> problems = value == null ? java.util.List.of("no settings given") : value.problems();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a reason for the change is required");
        }
        settings.put(GroupSettings.SETTING, value, actor, reason);
    }
}
