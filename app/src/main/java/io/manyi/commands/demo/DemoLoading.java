package io.manyi.commands.demo;

import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code /actuator/health} out of service while the demo still loads its province, so
 * that whoever waits for {@code {"status":"UP"}} finds the data there.
 */
@Component
@Profile("demo")
public class DemoLoading implements HealthIndicator {

    private final AtomicReference<String> step = new AtomicReference<>("starting");
    private volatile boolean ready;

    public void loading(String what) {
        step.set(what);
    }

    public void ready() {
        ready = true;
    }

    @Override
    public Health health() {
        return ready ? Health.up().build() : Health.outOfService().withDetail("loading", step.get()).build();
    }
}
