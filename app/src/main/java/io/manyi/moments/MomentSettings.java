package io.manyi.moments;

import io.manyi.platform.settings.Settings;
import java.util.List;
import org.springframework.stereotype.Component;

/** The feature's settings with their defaults in core: {@code moments.priority} and {@code moments.policy}. */
@Component
public class MomentSettings {

    private final Settings settings;
    private final List<MeasuredHelp> measured;

    public MomentSettings(Settings settings, List<MeasuredHelp> measured) {
        this.settings = settings;
        this.measured = List.copyOf(measured);
    }

    /**
     * Where each type's probability that the action helps comes from: a measurement where one has
     * enough evidence (learned from recorded outcomes), else {@code priority}'s setting.
     */
    public Priority.HelpProbability helpProbability(Priority priority) {
        return type -> {
            for (MeasuredHelp m : measured) {
                java.util.OptionalDouble p = m.probability(type);
                if (p.isPresent()) {
                    return p.getAsDouble();
                }
            }
            return priority.economics(type).probability();
        };
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
