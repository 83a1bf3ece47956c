package io.manyi.moments;

import static org.assertj.core.api.Assertions.assertThat;

import io.manyi.platform.security.DemoUsers;
import io.manyi.testing.IntegrationTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The consumer against transactions that commit out of id order: each event's moment exists
 * exactly once, and the polls together handle each event once (no loss, no double handling).
 */
@IntegrationTest
class MomentEventsIntegrationTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    DemoUsers demoUsers;
    @Autowired
    MomentEvents events;

    @BeforeEach
    void province() {
        MomentsFixture.load(jdbc, demoUsers);
    }

    /**
     * T1 takes the lower id and stays open while T2 takes the higher one and commits. Consuming
     * by "id above the last id" handled T2's event, moved the mark past T1's and never saw it.
     */
    @Test
    void anEventCommittedAfterAHigherOneIsStillHandled() throws Exception {
        try (Connection t1 = transaction(); Connection t2 = transaction()) {
            long first = publish(t1, 1);
            long second = publish(t2, 2);
            assertThat(first).isLessThan(second);
            t2.commit();

            int before = events.poll().events();
            assertThat(before).as("T1's event is not visible yet; T2's may wait for it").isLessThanOrEqualTo(1);
            assertThat(momentsOf(first)).isZero();

            t1.commit();
            int after = events.poll().events();
            assertThat(before + after).as("each event handled once").isEqualTo(2);
            assertThat(events.poll().events()).isZero();
            assertThat(momentsOf(first)).isEqualTo(1);
            assertThat(momentsOf(second)).isEqualTo(1);
        }
    }

    /**
     * As above, but T2 began writing (took its transaction id) before T1: T2's event may be
     * handled at once, and T1's, with the lower id, must still come after it.
     */
    @Test
    void anEventWithALowerIdFromALaterTransactionIsStillHandled() throws Exception {
        try (Connection t1 = transaction(); Connection t2 = transaction()) {
            writes(t2);
            long first = publish(t1, 1);
            long second = publish(t2, 2);
            t2.commit();

            assertThat(events.poll().events()).as("T2 ended before every open transaction began writing").isEqualTo(1);
            assertThat(momentsOf(second)).isEqualTo(1);

            t1.commit();
            assertThat(events.poll().events()).isEqualTo(1);
            assertThat(events.poll().events()).isZero();
            assertThat(momentsOf(first)).isEqualTo(1);
            assertThat(momentsOf(second)).isEqualTo(1);
        }
    }

    /**
     * A row whose payload does not fit its record (no producer writes one; this one by hand, a ticket
     * that is no number) makes no moment and does not hold back the events after it.
     */
    @Test
    void aRowThatDoesNotFitItsRecordIsPassedOver() throws Exception {
        long bad = jdbc.sql("""
                insert into domain_events (type, subject, payload, dedup_key, occurred_at)
                values ('ComplaintClosed', '13500000001', '{"ticketId":"T1","category":"BILLING"}', 'test:bad', now())
                returning id
                """).query(Long.class).single();
        long good;
        try (Connection c = transaction()) {
            good = publish(c, 2);
            c.commit();
        }

        assertThat(events.poll().events()).isEqualTo(2);
        assertThat(momentsOf(bad)).isZero();
        assertThat(momentsOf(good)).isEqualTo(1);
        assertThat(events.poll().events()).isZero();
    }

    /**
     * Two servers poll while four writers publish in overlapping transactions that commit in
     * random order: every event is handled exactly once, by one of the two.
     */
    @Test
    void twoPollersBesideOverlappingWritersHandleEveryEventOnce() throws Exception {
        int writers = 4;
        int perWriter = 60;
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger handled = new AtomicInteger();
        List<Thread> pollers = new ArrayList<>();
        for (int p = 0; p < 2; p++) {
            pollers.add(Thread.ofPlatform().name("poller-" + p).start(() -> {
                try {
                    boolean last = false;
                    while (!last) {
                        last = !writing.get(); // one more drain after the writers are done
                        handled.addAndGet(events.drain());
                        Thread.sleep(5);
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
            }));
        }
        List<Thread> producers = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            producers.add(Thread.ofPlatform().name("writer-" + w).start(() -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                try (Connection c = transaction()) {
                    for (int i = 0; i < perWriter; i++) {
                        if (random.nextBoolean()) {
                            writes(c); // sometimes the transaction id comes well before the event's id
                            Thread.sleep(random.nextInt(3));
                        }
                        publish(c, writer * 1_000 + i);
                        Thread.sleep(random.nextInt(4));
                        c.commit();
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
            }));
        }
        for (Thread t : producers) {
            t.join();
        }
        writing.set(false);
        for (Thread t : pollers) {
            t.join();
        }
        assertThat(failures).isEmpty();
        int total = writers * perWriter;
        assertThat(handled.get()).as("events handled by both pollers").isEqualTo(total);
        assertThat(jdbc.sql("select count(*) from domain_events").query(Long.class).single()).isEqualTo(total);
        assertThat(jdbc.sql("""
                select count(*) from domain_events e
                where (select count(*) from moments m where m.event_id = e.id) = 1
                """).query(Long.class).single()).as("events with exactly one moment").isEqualTo(total);
        assertThat(events.drain()).isZero();
    }

    private Connection transaction() throws SQLException {
        Connection c = dataSource.getConnection();
        c.setAutoCommit(false);
        return c;
    }

    /** Makes the transaction take its id now, as a write before its event would. */
    private static void writes(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select pg_current_xact_id()")) {
            s.executeQuery().close();
        }
    }

    /** A closed complaint of one of the fixture's 30 subscribers, as Outbox writes it; returns its id. */
    private static long publish(Connection c, int n) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                insert into domain_events (type, subject, payload, dedup_key, occurred_at)
                values ('ComplaintClosed', ?, cast(? as jsonb), ?, now()) returning id
                """)) {
            s.setString(1, "1350000" + String.format("%04d", 1 + n % MomentsFixture.BIRTHDAYS));
            s.setString(2, "{\"ticketId\":" + n + ",\"category\":\"BILLING\",\"severity\":\"MEDIUM\"}");
            s.setString(3, "test:closed:" + n);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private long momentsOf(long event) {
        return jdbc.sql("select count(*) from moments where event_id = ?").param(event).query(Long.class).single();
    }
}
