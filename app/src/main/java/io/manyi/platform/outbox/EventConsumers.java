package io.manyi.platform.outbox;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The domain events as a consumer reads them: in commit order, past a mark the consumer keeps in
 * {@code event_consumers} (the outbox's tables, issue 13). Why commit order and how the horizon
 * works: {@code io.manyi.moments.MomentEvents}, the first consumer. Every call runs in the caller's
 * transaction, so a consumer's reads, its effects and its new mark commit together.
 */
@Component
public class EventConsumers {

    /**
     * The next events past the mark (?, ?) in commit order, of transactions below the snapshot's
     * xmin only; the index {@code domain_events_in_commit_order} serves it. Parameters: the mark's
     * txid (text), its id, the most to read.
     */
    public static final String NEXT = """
            select txid::text as txid, id, type, subject, to_char(business_month, 'YYYY-MM') as month,
                   payload::text as payload
            from domain_events
            where (txid, id) > (cast(? as xid8), ?) and txid < pg_snapshot_xmin(pg_current_snapshot())
            order by txid, id limit ?
            """;

    /** A consumer's mark: the last event it handled; {@code lastTxid} as text, since JDBC has no type for xid8. */
    public record Mark(String lastTxid, long lastId) {
    }

    /** An event as stored; {@code month} the business month (yyyy-MM) or null, {@code payload} its JSON. */
    public record Event(String txid, long id, String type, String subject, String month, String payload) {
    }

    private final JdbcClient jdbc;

    public EventConsumers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The consumer's mark (a new consumer starts before the first event), locked until the transaction
     * ends: two pollers of the same consumer take turns, the second reading past the mark the first moved.
     */
    public Mark lock(String consumer) {
        jdbc.sql("insert into event_consumers (consumer, last_txid, last_id) values (?, '0', 0) on conflict do nothing")
                .param(consumer).update();
        return jdbc.sql("""
                        select last_txid::text as last_txid, last_id from event_consumers where consumer = ? for update
                        """).param(consumer).query(Mark.class).single();
    }

    /** At most {@code limit} events past {@code mark}, in commit order ({@link #NEXT}). */
    public List<Event> next(Mark mark, int limit) {
        return jdbc.sql(NEXT).params(mark.lastTxid(), mark.lastId(), limit).query(Event.class).list();
    }

    /** Moves the consumer's mark to the last event it handled ({@code txid} as text). */
    public void advance(String consumer, String txid, long id) {
        jdbc.sql("update event_consumers set last_txid = cast(? as xid8), last_id = ? where consumer = ?")
                .params(txid, id, consumer).update();
    }

    /** The id of the event published with {@code dedupKey}, if it is there. */
    public Optional<Long> eventId(String dedupKey) {
        return jdbc.sql("select id from domain_events where dedup_key = ?").param(dedupKey).query(Long.class).optional();
    }
}
