package io.manyi.complaints.web;

import io.manyi.complaints.ComplaintRules;
import io.manyi.complaints.SlaPolicy;
import io.manyi.complaints.TicketRefused;
import io.manyi.platform.settings.Settings;
import io.manyi.satisfaction.ReminderRules;
import io.manyi.satisfaction.SurveyRules;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * The complaint and survey rules as settings (with history): {@code complaints.sla} (the SLA
 * policy editor), {@code complaints.rules}, {@code satisfaction.surveys}, {@code satisfaction.reminders}.
 * A value is checked by reading it into its record: an impossible policy is refused with 400 and never stored.
 */
@RestController
@RequestMapping("/api/v1/tickets/settings")
class ComplaintSettingsApi {

    private record Known(Class<?> type, Supplier<?> defaults) {
    }

    private static final Map<String, Known> KNOWN = Map.of(
            SlaPolicy.SETTING, new Known(SlaPolicy.class, SlaPolicy::defaults),
            ComplaintRules.SETTING, new Known(ComplaintRules.class, ComplaintRules::defaults),
            SurveyRules.SETTING, new Known(SurveyRules.class, SurveyRules::defaults),
            ReminderRules.SETTING, new Known(ReminderRules.class, ReminderRules::defaults));

    private final Settings settings;
    private final JsonMapper json;

    ComplaintSettingsApi(Settings settings, JsonMapper json) {
        this.settings = settings;
        this.json = json;
    }

    @GetMapping("/{name}")
    Object get(@PathVariable String name) {
        Known known = known(name);
        return read(name, known);
    }

    @SuppressWarnings("unchecked")
    private <T> T read(String name, Known known) {
        return settings.get(name, (Class<T>) known.type(), (Supplier<T>) known.defaults());
    }

    @PutMapping("/{name}")
    Object put(@PathVariable String name, @RequestBody String body, @RequestParam(required = false) String reason,
               Authentication authentication) {
        Known known = known(name);
        Object value;
        try {
            value = json.readValue(body, known.type());
        } catch (RuntimeException e) {
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            throw TicketRefused.invalid("not a valid " + name + ": " + cause.getMessage());
        }
        settings.put(name, value, authentication.getName(), reason == null ? "changed through the API" : reason);
        return read(name, known);
    }

    private static Known known(String name) {
        Known known = KNOWN.get(name);
        if (known == null) {
            throw new TicketRefused(404, "unknown-setting", "settings here: " + KNOWN.keySet());
        }
        return known;
    }
}
