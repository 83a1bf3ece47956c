package io.manyi.complaints;

import java.time.Clock;
import org.springframework.scheduling.annotation.Scheduled;

/** Fires due SLA timers every few seconds ({@code manyi.complaints.sla-poll}, default 10 s). */
class SlaPoller {

    private static final int BATCH = 500;

    private final SlaTimers timers;
    private final Clock clock;

    SlaPoller(SlaTimers timers, Clock clock) {
        this.timers = timers;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${manyi.complaints.sla-poll:10s}", initialDelayString = "${manyi.complaints.sla-poll:10s}")
    void poll() {
        while (timers.fireDue(clock.instant(), BATCH) == BATCH) {
            // a backlog (after downtime) is worked off in batches, each its own transaction
        }
    }
}
