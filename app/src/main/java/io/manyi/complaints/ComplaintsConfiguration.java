package io.manyi.complaints;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The SLA poller and the adoption of imported complaints run in the server only, not in a CLI
 * command's context; {@code manyi.complaints.jobs=false} switches them off.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "manyi.complaints.jobs", havingValue = "true", matchIfMissing = true)
@EnableScheduling
public class ComplaintsConfiguration {

    @org.springframework.context.annotation.Bean
    SlaPoller slaPoller(SlaTimers timers, java.time.Clock clock) {
        return new SlaPoller(timers, clock);
    }
}
