package io.manyi.satisfaction.web;

import io.manyi.platform.audit.AuditLog;
import io.manyi.platform.security.CurrentUser;
import io.manyi.satisfaction.PreventiveReminders;
import io.manyi.subscriber.Visibility;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/reminders}: the value-added subscriptions flagged as unconfirmed, and a run of the
 * preventive reminders by hand (docs/surveys.md, "Preventive reminders").
 */
@RestController
public class ReminderApi {

    private final PreventiveReminders reminders;
    private final AuditLog audit;

    ReminderApi(PreventiveReminders reminders, AuditLog audit) {
        this.reminders = reminders;
        this.audit = audit;
    }

    @GetMapping("/api/v1/reminders/flags")
    Map<String, Object> flags(@RequestParam(defaultValue = "50") int limit, Authentication authentication) {
        CurrentUser reader = CurrentUser.of(authentication);
        List<PreventiveReminders.Flag> found = reminders.flags(Math.max(1, Math.min(limit, 1000)));
        // A list of numbers is a read of personal data: one audit row naming them all.
        audit.record(reader.username(), "reminders.flags", found.size() + " flagged subscriptions",
                found.stream().map(PreventiveReminders.Flag::msisdn).distinct().collect(Collectors.joining(",")));
        Visibility visibility = Visibility.of(reader.roles());
        List<PreventiveReminders.Flag> items = found.stream().map(f -> f.withMsisdn(visibility.showMsisdn(f.msisdn()))).toList();
        return Map.of("items", items, "count", items.size());
    }

    /**
     * Both parts now: the daily one as of now, the monthly one for the last complete month. Each is a
     * transaction of its own (called through the proxy); both are idempotent, so a repeat sends nothing.
     */
    @PostMapping("/api/v1/reminders/run")
    Map<String, Object> run() {
        PreventiveReminders.VasResult vas = reminders.vasReminders();
        PreventiveReminders.UsageResult usage = reminders.usageAlerts(reminders.lastCompleteMonth());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("asOf", vas.asOf());
        body.put("confirmationsSent", vas.confirmationsSent());
        body.put("flagged", vas.flagged());
        body.put("month", usage.month().toString());
        body.put("dataAlerts", usage.dataAlerts());
        body.put("spendAlerts", usage.spendAlerts());
        return body;
    }
}
