package io.manyi.platform.outbox;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes text messages and domain events in the caller's transaction. Both are idempotent by
 * their dedup key, and both take whole batches, so a monthly step over a million subscribers
 * writes its notices in a few statements rather than one per subscriber.
 */
@Component
public class Outbox {

    private static final int BATCH = 5_000;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public Outbox(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void send(SmsMessage message) {
        sendAll(List.of(message));
    }

    public void sendAll(List<SmsMessage> messages) {
        Timestamp now = Timestamp.from(clock.instant());
        for (int from = 0; from < messages.size(); from += BATCH) {
            List<SmsMessage> batch = messages.subList(from, Math.min(messages.size(), from + BATCH));
            jdbc.batchUpdate("""
                    insert into sms_outbox (msisdn, template, body_zh, body_en, dedup_key, created_at)
                    values (?, ?, ?, ?, ?, ?)
                    on conflict (dedup_key) do nothing
                    """, batch, batch.size(), (ps, m) -> {
                ps.setString(1, m.msisdn());
                ps.setString(2, m.template());
                ps.setString(3, m.bodyZh());
                ps.setString(4, m.bodyEn());
                ps.setString(5, m.dedupKey());
                ps.setTimestamp(6, now);
            });
        }
    }

    /** Writes {@code event} once per its {@link Event#key()}. */
    public void publish(Event event) {
        publishAll(List.of(event));
    }

    /**
     * Writes {@code event} once per {@code dedupKey} instead of its own key: for a bench that
     * publishes the same fact again on purpose (the immediate path's latency, {@code bench cycle}).
     */
    public void publish(Event event, String dedupKey) {
        write(List.of(new Row(event, dedupKey)));
    }

    public void publishAll(List<? extends Event> events) {
        write(events.stream().map(e -> new Row(e, e.key())).toList());
    }

    private record Row(Event event, String dedupKey) {
    }

    private void write(List<Row> events) {
        Timestamp now = Timestamp.from(clock.instant());
        for (int from = 0; from < events.size(); from += BATCH) {
            List<Row> batch = events.subList(from, Math.min(events.size(), from + BATCH));
            jdbc.batchUpdate("""
                    insert into domain_events (type, subject, business_month, payload, dedup_key, occurred_at)
                    values (?, ?, ?, cast(? as jsonb), ?, ?)
                    on conflict (dedup_key) do nothing
                    """, batch, batch.size(), (ps, r) -> {
                Event e = r.event();
                ps.setString(1, e.name());
                ps.setString(2, e.subject());
                ps.setDate(3, e.businessMonth() == null ? null : Date.valueOf(e.businessMonth().atDay(1)));
                ps.setString(4, EventJson.payload(e));
                ps.setString(5, r.dedupKey());
                ps.setTimestamp(6, now);
            });
        }
    }
}
