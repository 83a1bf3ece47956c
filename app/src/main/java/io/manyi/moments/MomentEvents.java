package io.manyi.moments;

import io.manyi.moments.internal.MomentStore;
import io.manyi.moments.internal.MomentStore.NewMoment;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The immediate moments: a consumer of {@code domain_events} that remembers the last id it handled
 * in {@code event_consumers}. Each poll reads the next events, stores their moments, dispatches
 * them for today and moves the mark, all in one transaction: a crash repeats the poll, and the
 * moments' unique key makes a repeat add nothing (at least once, idempotent effects).
 */
@Service
public class MomentEvents {

    public static final String CONSUMER = "moments";
    static final int BATCH = 500;
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final MomentCatalog catalog;
    private final MomentSettings settings;
    private final MomentStore store;
    private final MomentDispatch dispatch;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();
    private final org.springframework.transaction.support.TransactionTemplate transactions;

    public MomentEvents(JdbcClient jdbc, MomentCatalog catalog, MomentSettings settings, MomentStore store,
                        MomentDispatch dispatch, Clock clock,
                        org.springframework.transaction.PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.settings = settings;
        this.store = store;
        this.dispatch = dispatch;
        this.clock = clock;
        this.transactions = new org.springframework.transaction.support.TransactionTemplate(transactionManager);
    }

    public record Polled(int events, int moments, MomentDispatch.Result dispatched) {
    }

    private record Event(long id, String type, String subject, String month, String payload) {
    }

    /** Handles the next events (at most {@value #BATCH}); returns what it did. */
    @Transactional
    public Polled poll() {
        jdbc.sql("insert into event_consumers (consumer, last_id) values (?, 0) on conflict do nothing")
                .param(CONSUMER).update();
        // The row lock makes two pollers (two servers, or a test and the scheduler) take turns.
        long last = jdbc.sql("select last_id from event_consumers where consumer = ? for update")
                .param(CONSUMER).query(Long.class).single();
        List<Event> events = jdbc.sql("""
                        select id, type, subject, to_char(business_month, 'YYYY-MM') as month, payload::text as payload
                        from domain_events where id > ? order by id limit ?
                        """).params(last, BATCH).query(Event.class).list();
        if (events.isEmpty()) {
            return new Polled(0, 0, null);
        }
        LocalDate today = LocalDate.now(clock);
        Map<String, MomentType> types = new HashMap<>();
        catalog.types().stream().filter(MomentType::enabled).forEach(t -> types.put(t.code(), t));
        Priority priority = settings.priority();
        Priority.HelpProbability help = settings.helpProbability(priority);
        List<Event> relevant = new ArrayList<>();
        List<Detected> detected = new ArrayList<>();
        for (Event e : events) {
            if (!EventMoments.EVENT_TYPES.contains(e.type()) || stale(e, today)) {
                continue;
            }
            Optional<Detected> found = EventMoments.of(e.type(), json.readValue(e.payload(), MAP), e.month(), e.id());
            // Only immediate types: a batch type's event (PointsExpiring) is the monthly run's to place by
            // value; taken here first-come, 46,677 notices filled the managers' days before it ran.
            if (found.isEmpty() || !types.containsKey(found.get().type())
                    || types.get(found.get().type()).cycle() != Cycle.IMMEDIATE) {
                continue;
            }
            relevant.add(e);
            detected.add(found.get());
        }
        Map<String, Double> values = monthlyValues(relevant.stream().map(Event::subject).distinct().toList());
        List<NewMoment> moments = new ArrayList<>();
        Set<String> subscribers = new LinkedHashSet<>();
        for (int i = 0; i < relevant.size(); i++) {
            Event e = relevant.get(i);
            Detected found = detected.get(i);
            moments.add(MomentDetection.moment(found, e.subject(), today, types.get(found.type()), "EVENT",
                    e.id(), values.getOrDefault(e.subject(), 0.0), priority, help));
            subscribers.add(e.subject());
        }
        int inserted = store.insert(moments);
        MomentDispatch.Result dispatched = subscribers.isEmpty() ? null
                : dispatch.dispatch(today, List.copyOf(subscribers));
        jdbc.sql("update event_consumers set last_id = ? where consumer = ?")
                .params(events.getLast().id(), CONSUMER).update();
        return new Polled(events.size(), inserted, dispatched);
    }

    /**
     * An event about a month before last month is history, not a moment: a replay of past months
     * (the demo assesses 13 months at once) must not ring anyone today.
     */
    static boolean stale(Event e, LocalDate today) {
        return e.month() != null && java.time.YearMonth.parse(e.month()).isBefore(java.time.YearMonth.from(today).minusMonths(1));
    }

    /** Polls until no event is left; for the command line and tests. */
    public int drain() {
        int total = 0;
        Polled polled;
        do {
            // Through the template: poll() called on this object would bypass its @Transactional proxy,
            // and without the transaction the consumer row's lock ends with its SELECT, so two pollers
            // (the server's and a command's) both handled the same events (harmless, twice the work).
            polled = transactions.execute(status -> poll());
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
