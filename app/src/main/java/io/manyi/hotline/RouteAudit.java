package io.manyi.hotline;

import io.manyi.platform.audit.AuditLog;
import io.manyi.platform.security.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * How hotline lookups are audited (docs/hotline.md, "Audit"). A person (agent, supervisor, admin)
 * who asks the route is audited per call like any read. The IVR's own credential is counted, and
 * the count is written once a minute per IVR account ({@code hotline.route.ivr}): its answer holds
 * only a surname with a title, a star level and open-item categories, it goes to the caller's own
 * call, and one audit row per call would be a thousand inserts a second for nothing a data subject
 * could not already learn by calling. Up to a minute of counts is lost if the process dies.
 */
@Component
public class RouteAudit {

    private record Window(Instant start, Map<String, LongAdder> counts) {
    }

    private final AuditLog audit;
    private final Clock clock;
    private volatile Window window;

    public RouteAudit(AuditLog audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
        this.window = new Window(minute(clock.instant()), new ConcurrentHashMap<>());
    }

    void recorded(CurrentUser reader, HotlineRoute route) {
        if (reader.roles().stream().anyMatch(role -> role.isPerson())) {
            audit.record(reader.username(), "hotline.route", route.msisdn(), "queue=" + route.queue());
            return;
        }
        Window current = window;
        Instant minute = minute(clock.instant());
        if (minute.isAfter(current.start())) {
            synchronized (this) {
                if (window == current) {
                    window = new Window(minute, new ConcurrentHashMap<>());
                    write(current);
                }
            }
        }
        window.counts().computeIfAbsent(reader.username(), name -> new LongAdder()).increment();
    }

    /**
     * Writes the counts at shutdown: on the context's close event, before any bean (the embedded
     * database among them) is destroyed; a {@code @PreDestroy} ran after the database had stopped.
     */
    @EventListener(ContextClosedEvent.class)
    void onShutdown() {
        flush();
    }

    /** Writes what is counted so far. */
    public synchronized void flush() {
        Window current = window;
        window = new Window(minute(clock.instant()), new ConcurrentHashMap<>());
        write(current);
    }

    private void write(Window done) {
        done.counts().forEach((actor, count) -> {
            long calls = count.sum();
            if (calls > 0) {
                audit.record(actor, "hotline.route.ivr", calls + " calls", "minute from " + done.start());
            }
        });
    }

    private static Instant minute(Instant at) {
        return at.truncatedTo(ChronoUnit.MINUTES);
    }
}
