package io.manyi.cycle.cli;

import io.manyi.moments.MomentEvents;
import io.manyi.platform.outbox.Event;
import io.manyi.platform.outbox.EventConsumers;
import io.manyi.platform.outbox.Outbox;
import io.manyi.platform.outbox.events.ComplaintClosed;
import io.manyi.tier.StarLevelChanged;
import java.io.PrintStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The immediate path measured as a phone manager would see it: K events ({@code ComplaintClosed}
 * and {@code StarLevelChanged}, alternately, each about a subscriber with a phone manager) are
 * published one by one at a fixed rate while a consumer polls as the server's does; a watcher
 * looks every 10 ms for each event's moment in a task. Latency = seen in a task − committed.
 */
final class ImmediateLatency {

    private final MomentEvents consumer;
    private final Outbox outbox;
    private final EventConsumers events;
    private final JdbcClient jdbc;
    private final int pollMillis;

    ImmediateLatency(ApplicationContext context, int pollMillis) {
        this.consumer = context.getBean(MomentEvents.class);
        this.outbox = context.getBean(Outbox.class);
        this.events = context.getBean(EventConsumers.class);
        this.jdbc = context.getBean(JdbcClient.class);
        this.pollMillis = pollMillis;
    }

    void measure(int count, int rate, PrintStream out) throws InterruptedException {
        List<String> subscribers = jdbc.sql("""
                        select a.msisdn from assignments a join subscribers s on s.msisdn = a.msisdn
                        where a.role = 'PHONE_MANAGER' and s.status = 'ACTIVE' order by md5(a.msisdn) limit ?
                        """).param(count).query(String.class).list();
        long run = System.currentTimeMillis();
        Map<Long, Long> published = new ConcurrentHashMap<>();
        Map<Long, Long> seen = new ConcurrentHashMap<>();
        Map<Long, String> status = new ConcurrentHashMap<>();
        running = true;
        Thread poller = Thread.ofPlatform().name("bench-consumer").start(() -> {
            while (running) {
                consumer.drain();
                LockSupport.parkNanos(pollMillis * 1_000_000L);
            }
        });
        Thread watcher = Thread.ofPlatform().name("bench-watcher").start(() -> watch(published, seen, status));
        long start = System.nanoTime();
        for (int i = 0; i < subscribers.size(); i++) {
            long due = start + (long) (i * 1e9 / rate);
            LockSupport.parkNanos(due - System.nanoTime());
            String msisdn = subscribers.get(i);
            String key = "bench-cycle:" + run + ":" + i;
            // A negative ticket names no real one, so its callback moment is new in every run; without a
            // business month the star change's moment is the event's own (occurrence E<id>).
            Event event = i % 2 == 0
                    ? new ComplaintClosed(msisdn, null, -(run * 100_000L + i), "BILLING", "NORMAL")
                    : new StarLevelChanged(msisdn, null, 3, 2, 0, List.of());
            outbox.publish(event, key);
            long committed = System.nanoTime();
            long id = events.eventId(key).orElseThrow();
            published.put(id, committed);
        }
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (seen.size() < published.size() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        running = false;
        poller.join();
        watcher.join();
        report(published, seen, status, out);
    }

    private volatile boolean running;

    /** Every 10 ms: which of the published events' moments are handled now (in a task, a text, or held back). */
    private void watch(Map<Long, Long> published, Map<Long, Long> seen, Map<Long, String> status) {
        while (running) {
            List<Long> pending = published.keySet().stream().filter(id -> !seen.containsKey(id)).toList();
            if (!pending.isEmpty()) {
                long now = System.nanoTime();
                jdbc.sql("select event_id, status from moment_records where event_id = any(?) and status <> 'NEW'")
                        .param(pending.toArray(Long[]::new))
                        .query((rs, n) -> {
                            seen.putIfAbsent(rs.getLong(1), now);
                            status.putIfAbsent(rs.getLong(1), rs.getString(2));
                            return null;
                        }).list();
            }
            LockSupport.parkNanos(10_000_000L);
        }
    }

    private static void report(Map<Long, Long> published, Map<Long, Long> seen, Map<Long, String> status, PrintStream out) {
        double[] latencies = seen.entrySet().stream().filter(e -> published.containsKey(e.getKey()))
                .mapToDouble(e -> (e.getValue() - published.get(e.getKey())) / 1e6).sorted().toArray();
        Map<String, Integer> byStatus = new HashMap<>();
        status.values().forEach(s -> byStatus.merge(s, 1, Integer::sum));
        if (latencies.length == 0) {
            out.printf("  none of %,d events was handled within 30 s%n", published.size());
            return;
        }
        out.printf("  %,d of %,d events handled (%s); event committed -> moment handled: p50 %.0f ms, p99 %.0f ms, max %.0f ms%n",
                latencies.length, published.size(), byStatus, percentile(latencies, 50), percentile(latencies, 99),
                latencies[latencies.length - 1]);
    }

    static double percentile(double[] sorted, double p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
