package io.manyi.moments;

import io.manyi.churn.ChurnWarningFired;
import io.manyi.loyalty.PointsExpiring;
import io.manyi.moments.internal.MomentStore;
import io.manyi.moments.internal.MomentStore.NewMoment;
import io.manyi.platform.outbox.Event;
import io.manyi.platform.outbox.EventConsumers;
import io.manyi.platform.outbox.EventJson;
import io.manyi.platform.outbox.events.ComplaintClosed;
import io.manyi.platform.outbox.events.SurveyScoredLow;
import io.manyi.tier.StarLevelChanged;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The immediate moments: a consumer of {@code domain_events} in commit order. Each poll reads the
 * next events, stores their moments, dispatches them for today and moves the consumer's mark in
 * {@code event_consumers}, all in one transaction: a crash repeats the poll, and the moments'
 * unique key makes a repeat add nothing (at least once into idempotent effects). Each event of a type
 * it reads ({@link #EVENTS}) is read into its producer's record, and {@link EventMoments} makes its moment.
 *
 * <p>Why not "id above the last id": an id is taken when the row is inserted, not when its
 * transaction commits. A transaction holding id 100 that commits after id 101 was consumed was
 * never read. Each event records the id of the transaction that wrote it ({@code txid}, V25), and
 * a poll reads, in (txid, id) order past the mark, only events whose transaction is older than
 * the xmin of the poll's own snapshot. Every transaction below that xmin had ended when the
 * snapshot was taken, and any transaction that begins writing later gets a higher id, so the set
 * of events below it is final and the snapshot sees all of it: nothing can ever appear at or
 * below a mark taken from it. The horizon is read in the same statement, with the same snapshot,
 * as the events. By then the poll has its own transaction id (the row lock below takes one), and
 * xmin counts it: that only lowers the horizon to at most our own id, which is above that of
 * every transaction that committed before the poll began: no event committed by then waits for it.
 *
 * <p>The price: a transaction that has written anything (on any database of the server) and is
 * still open holds back the events of every transaction that began writing after it, until it
 * ends. The monthly cycle's longest transactions (tier assessment, churn scores) last up to about
 * a minute on a million subscribers (docs/moments.md). A per-event "handled" mark would not wait, but it writes every
 * event a second time and needs a row per (consumer, event); a two-column mark does neither.
 */
@Service
public class MomentEvents {

    public static final String CONSUMER = "moments";
    static final int BATCH = 500;
    private static final Logger log = LoggerFactory.getLogger(MomentEvents.class);

    /** The events read, by name; the others are passed over (docs/moments.md, "Events"). */
    static final EventJson.Reader EVENTS = EventJson.reader(List.of(StarLevelChanged.class, ChurnWarningFired.class,
            ComplaintClosed.class, SurveyScoredLow.class, PointsExpiring.class));

    private final JdbcClient jdbc;
    private final EventConsumers consumers;
    private final MomentCatalog catalog;
    private final MomentSettings settings;
    private final MomentStore store;
    private final MomentDispatch dispatch;
    private final Clock clock;
    private final org.springframework.transaction.support.TransactionTemplate transactions;

    public MomentEvents(JdbcClient jdbc, MomentCatalog catalog, MomentSettings settings, MomentStore store,
                        MomentDispatch dispatch, Clock clock,
                        org.springframework.transaction.PlatformTransactionManager transactionManager,
                        EventConsumers consumers) {
        this.jdbc = jdbc;
        this.consumers = consumers;
        this.catalog = catalog;
        this.settings = settings;
        this.store = store;
        this.dispatch = dispatch;
        this.clock = clock;
        this.transactions = new org.springframework.transaction.support.TransactionTemplate(transactionManager);
    }

    public record Polled(int events, int moments, MomentDispatch.Result dispatched) {
    }

    /** An event's row; {@code txid} as text, since JDBC has no type for xid8. */
    record Row(String txid, long id, String type, String subject, String month, String payload) {
    }

    /**
     * The next events past the mark (?, ?) in commit order, of transactions below the snapshot's
     * xmin only (see the class comment); the outbox's {@link EventConsumers} runs it.
     */
    static final String NEXT = EventConsumers.NEXT;

    /** Handles the next events (at most {@value #BATCH}) for today; returns what it did. */
    @Transactional
    public Polled poll() {
        return poll(LocalDate.now(clock));
    }

    /**
     * Handles the next events as on {@code today}: their moments are detected and dispatched for
     * that day (the monthly cycle passes its own day, so that a month run ahead of the calendar,
     * as the simulation does, keeps its immediate moments with its batch ones).
     */
    @Transactional
    public Polled poll(LocalDate today) {
        // The row lock makes two pollers (two servers, or a test and the scheduler) take turns: the
        // second reads the mark the first moved, and reads past it only.
        EventConsumers.Mark mark = consumers.lock(CONSUMER);
        List<Row> events = consumers.next(mark, BATCH).stream()
                .map(e -> new Row(e.txid(), e.id(), e.type(), e.subject(), e.month(), e.payload())).toList();
        if (events.isEmpty()) {
            return new Polled(0, 0, null);
        }
        Map<String, MomentType> types = new HashMap<>();
        catalog.types().stream().filter(MomentType::enabled).forEach(t -> types.put(t.code(), t));
        Priority priority = settings.priority();
        Priority.HelpProbability help = settings.helpProbability(priority);
        List<Row> relevant = new ArrayList<>();
        List<Detected> detected = new ArrayList<>();
        for (Row e : events) {
            if (!EVENTS.reads(e.type()) || stale(e, today)) {
                continue;
            }
            Optional<Detected> found = detected(e);
            // Only immediate types: a batch type's event (PointsExpiring) is the monthly run's to place by
            // value; taken here first-come, 46,677 notices filled the managers' days before it ran.
            if (found.isEmpty() || !types.containsKey(found.get().type())
                    || types.get(found.get().type()).cycle() != Cycle.IMMEDIATE) {
                continue;
            }
            relevant.add(e);
            detected.add(found.get());
        }
        Map<String, Double> values = monthlyValues(relevant.stream().map(Row::subject).distinct().toList());
        List<NewMoment> moments = new ArrayList<>();
        Set<String> subscribers = new LinkedHashSet<>();
        for (int i = 0; i < relevant.size(); i++) {
            Row e = relevant.get(i);
            Detected found = detected.get(i);
            moments.add(MomentDetection.moment(found, e.subject(), today, types.get(found.type()), "EVENT",
                    e.id(), values.getOrDefault(e.subject(), 0.0), priority, help));
            subscribers.add(e.subject());
        }
        int inserted = store.insert(moments);
        MomentDispatch.Result dispatched = subscribers.isEmpty() ? null
                : dispatch.dispatch(today, List.copyOf(subscribers));
        Row last = events.getLast();
        consumers.advance(CONSUMER, last.txid(), last.id());
        return new Polled(events.size(), inserted, dispatched);
    }

    /**
     * The moment of a row of one of {@link #EVENTS}, or none. A row whose payload does not fit its
     * record (none of the producers writes one: a row written by hand) makes no moment; it is
     * logged and passed over like an event of another type, so it cannot stop the consumer.
     */
    static Optional<Detected> detected(Row e) {
        Event event;
        try {
            event = EVENTS.read(e.type(), e.subject(), e.month() == null ? null : YearMonth.parse(e.month()), e.payload());
        } catch (EventJson.Unreadable unreadable) {
            log.warn("Event {} makes no moment: {}", e.id(), unreadable.getMessage());
            return Optional.empty();
        }
        return switch (event) {
            case StarLevelChanged c -> EventMoments.starChange(c.from(), c.to(),
                    c.month() == null ? null : c.month().toString(), e.id());
            case ChurnWarningFired w -> Optional.of(EventMoments.churnWarning(
                    w.month() == null ? e.month() : w.month().toString(), w.rule(), w.detailZh(), w.detailEn()));
            case ComplaintClosed c -> Optional.of(EventMoments.complaintCallback(c.ticketId(), c.category()));
            case SurveyScoredLow s -> Optional.of(EventMoments.surveyCallback(s.surveyId(), s.score(), s.touchpoint()));
            case PointsExpiring p -> EventMoments.pointsExpiring(p.points(), p.expiresOn());
            default -> Optional.empty();
        };
    }

    /**
     * An event about a month before last month is history, not a moment: a replay of past months
     * (the demo assesses 13 months at once) must not ring anyone today.
     */
    static boolean stale(Row e, LocalDate today) {
        return e.month() != null && java.time.YearMonth.parse(e.month()).isBefore(java.time.YearMonth.from(today).minusMonths(1));
    }

    /** Polls until no event is left; for the command line and tests. */
    public int drain() {
        return drain(null);
    }

    /** Polls until no event is left, as on {@code day} (null: today). */
    public int drain(LocalDate day) {
        int total = 0;
        Polled polled;
        do {
            // Through the template: poll() called on this object would bypass its @Transactional proxy,
            // and without the transaction the consumer row's lock ends with its SELECT, so two pollers
            // (the server's and a command's) both handled the same events (harmless, twice the work).
            polled = transactions.execute(status -> day == null ? poll() : poll(day));
            total += polled.events();
        } while (polled.events() == BATCH);
        return total;
    }

    /**
     * Average monthly spend of each subscriber's last three months, in yuan, in one query for the
     * whole poll (a query per event made a month's 50,000 points notices take minutes).
     */
    private Map<String, Double> monthlyValues(List<String> msisdns) {
        Map<String, Double> values = new HashMap<>();
        if (msisdns.isEmpty()) {
            return values;
        }
        jdbc.sql("""
                        select s.msisdn, (select coalesce(avg(spend), 0) from (select spend from usage_monthly u
                                          where u.msisdn = s.msisdn order by month desc limit 3) l) as value
                        from unnest(?::varchar[]) as s(msisdn)
                        """)
                .param(msisdns.toArray(String[]::new))
                .query((rs, n) -> values.put(rs.getString(1), rs.getDouble(2))).list();
        return values;
    }
}
