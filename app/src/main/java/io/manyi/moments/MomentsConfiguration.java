package io.manyi.moments;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The feature's jobs run in the server only (not in a command's context): the event consumer
 * every half second ({@code manyi.moments.event-poll}; an event is a task within a second) and the expiry of overdue tasks
 * ({@code manyi.moments.expiry-sweep}). {@code manyi.moments.jobs=false} switches them off (the tests do).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "manyi.moments.jobs", havingValue = "true", matchIfMissing = true)
@EnableScheduling
public class MomentsConfiguration {

    @Bean
    Jobs momentJobs(MomentEvents events, Tasks tasks) {
        return new Jobs(events, tasks);
    }

    static final class Jobs {
        private final MomentEvents events;
        private final Tasks tasks;

        Jobs(MomentEvents events, Tasks tasks) {
            this.events = events;
            this.tasks = tasks;
        }

        @Scheduled(fixedDelayString = "${manyi.moments.event-poll:500ms}", initialDelayString = "${manyi.moments.event-poll:500ms}")
        void consumeEvents() {
            events.drain();
        }

        @Scheduled(fixedDelayString = "${manyi.moments.expiry-sweep:10m}", initialDelayString = "1m")
        void expireOverdueTasks() {
            tasks.expireOverdue();
        }
    }
}
