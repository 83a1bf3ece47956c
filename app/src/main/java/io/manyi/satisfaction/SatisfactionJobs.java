package io.manyi.satisfaction;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The satisfaction feature's jobs, in the server only: the survey expiry and the daily run of the
 * value-added subscription reminders. Like the complaints' jobs, {@code manyi.complaints.jobs=false}
 * switches them off (the tests call them directly).
 * The monthly data and spend alerts are not scheduled here: they need the month's usage imported,
 * so they run from {@code POST /api/v1/reminders/run} or {@link PreventiveReminders#usageAlerts}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "manyi.complaints.jobs", havingValue = "true", matchIfMissing = true)
@EnableScheduling
public class SatisfactionJobs {

    private final PreventiveReminders reminders;
    private final Surveys surveys;

    SatisfactionJobs(PreventiveReminders reminders, Surveys surveys) {
        this.reminders = reminders;
        this.surveys = surveys;
    }

    /** Unanswered surveys expire after {@code expireDays}; hourly is plenty. */
    @Scheduled(fixedDelayString = "${manyi.surveys.expire-every:1h}", initialDelayString = "${manyi.surveys.expire-every:1h}")
    void expireSurveys() {
        surveys.expire();
    }

    /** In the morning by default: a confirmation text at night would wake the people it protects. */
    @Scheduled(cron = "${manyi.reminders.cron:0 15 9 * * *}", zone = "${manyi.time-zone:Asia/Shanghai}")
    void daily() {
        reminders.vasReminders();
    }
}
