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

    /** Complaints imported while the server runs become tickets within a minute. */
    @org.springframework.context.annotation.Bean
    Adoption complaintAdoption(ImportedComplaints imported) {
        return new Adoption(imported);
    }

    static final class Adoption {
        private final ImportedComplaints imported;

        Adoption(ImportedComplaints imported) {
            this.imported = imported;
        }

        @org.springframework.scheduling.annotation.Scheduled(fixedDelayString = "${manyi.complaints.adopt-every:60s}",
                initialDelayString = "${manyi.complaints.adopt-every:60s}")
        void adopt() {
            imported.adoptAll();
        }
    }
}
