package io.manyi.satisfaction;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The daily run of the value-added subscription reminders, in the server only. It follows the
 * survey expiry: {@code manyi.complaints.jobs=false} switches it off (the tests call it directly).
 * The monthly data and spend alerts are not scheduled here: they need the month's usage imported,
 * so they run from {@code POST /api/v1/reminders/run} or {@link PreventiveReminders#usageAlerts}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "manyi.complaints.jobs", havingValue = "true", matchIfMissing = true)
@EnableScheduling
public class ReminderJobs {

    private final PreventiveReminders reminders;

    ReminderJobs(PreventiveReminders reminders) {
        this.reminders = reminders;
    }

    /** In the morning by default: a confirmation text at night would wake the people it protects. */
    @Scheduled(cron = "${manyi.reminders.cron:0 15 9 * * *}", zone = "${manyi.time-zone:Asia/Shanghai}")
    void daily() {
        reminders.vasReminders();
    }
}
