package io.manyi.moments;

import io.manyi.platform.settings.Settings;
import java.util.List;
import org.springframework.stereotype.Component;

/** The feature's settings with their defaults in core: {@code moments.priority} and {@code moments.policy}. */
@Component
public class MomentSettings {

    private final Settings settings;

    public MomentSettings(Settings settings) {
        this.settings = settings;
    }

    public Priority priority() {
        return settings.get(Priority.SETTING, Priority.class, Priority::defaults);
    }

    public ContactPolicy policy() {
        return settings.get(ContactPolicy.SETTING, ContactPolicy.class, ContactPolicy::defaults);
    }

    public void putPriority(Priority priority, String actor, String reason) {
        check(priority == null ? List.of("no settings given") : priority.problems(), reason);
        settings.put(Priority.SETTING, priority, actor, reason);
    }

    public void putPolicy(ContactPolicy policy, String actor, String reason) {
        check(policy == null ? List.of("no settings given") : policy.problems(), reason);
        settings.put(ContactPolicy.SETTING, policy, actor, reason);
    }

    private static void check(List<String> problems, String reason) {
        if (!problems.isEmpty()) {
            throw new InvalidMomentChange(problems);
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidMomentChange(List.of("a reason for the change is required"));
        }
    }
}
