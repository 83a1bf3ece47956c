package io.manyi.moments;

import java.util.Map;
import java.util.Objects;

/**
 * One entry of the catalog: a rule (its {@code code} names the rule, {@code params} its numbers),
 * the service window, the need it answers, the action and who takes it, how often it is looked
 * for, the SLA of its task and the suggested script ({@code {name}} and {@code {detail}} are filled in).
 */
public record MomentType(String code, String nameZh, String nameEn, String need, ActionKind actionKind,
                         Channel channel, Cycle cycle, int windowDays, int slaHours, Map<String, Double> params,
                         String scriptZh, String scriptEn, boolean enabled) {

    public MomentType {
        Objects.requireNonNull(code, "code");
        params = params == null ? Map.of() : Map.copyOf(params);
    }

    /** A rule parameter, or {@code fallback} when the analyst left it out. */
    public double param(String name, double fallback) {
        Double value = params.get(name);
        return value == null ? fallback : value;
    }

    public String name(boolean english) {
        return english ? nameEn : nameZh;
    }

    /** The suggested script for a subscriber: the template with the name and the reasons filled in. */
    public String script(boolean english, String subscriberName, String detail) {
        String template = english ? scriptEn : scriptZh;
        return template.replace("{name}", subscriberName == null ? "" : subscriberName)
                .replace("{detail}", detail == null ? "" : detail);
    }
}
