package io.manyi.loyalty;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads of points accounts: one account with its figures, and lists for the API and pages. */
@Component
public class LoyaltyAccounts {

    /** The qualifying entry types ({@link EntryType#qualifying}) as a SQL list: {@code ('ACCRUAL',...)}. */
    static final String QUALIFYING_TYPES = Arrays.stream(EntryType.values()).filter(EntryType::qualifying)
            .map(type -> "'" + type.name() + "'").collect(Collectors.joining(",", "(", ")"));

    /**
     * {@link Eligibility#eligible} over {@link #qualifying} as one SQL condition on the account
     * {@code :msisdn}, for a statement that checks it together with its work (the one-statement
     * redemption); parameters from {@link #eligibleParams}. {@code EligibilityAgreementIntegrationTest}
     * runs this, {@link #list} and the Java rule on the same cases.
     */
    static final String ELIGIBLE = """
            (select greatest(coalesce(sum(q.points) filter (where q.earned_month >= :cycleStart), 0),
                             coalesce(sum(q.points) filter (where q.earned_month < :cycleStart), 0))
             from points_entries q
             where q.msisdn = :msisdn and q.earned_month between :previousStart and :cycleEnd
               and q.type in %s) >= :threshold""".formatted(QUALIFYING_TYPES);

    private final JdbcClient jdbc;
    private final PointsLedger ledger;

    public LoyaltyAccounts(JdbcClient jdbc, PointsLedger ledger) {
        this.jdbc = jdbc;
        this.ledger = ledger;
    }

    public boolean subscriberExists(String msisdn) {
        return jdbc.sql("select exists (select 1 from subscribers where msisdn = ?)").param(msisdn)
                .query(Boolean.class).single();
    }

    public AccountView view(String msisdn) {
        if (!subscriberExists(msisdn)) {
            throw PointsRefused.noSubscriber(msisdn);
        }
        LoyaltyRules rules = ledger.rules();
        LocalDate today = ledger.today();
        PointsCycle cycle = PointsCycle.of(today);
        List<Entry> entries = ledger.ruleEntries(msisdn);
        List<Lot> lots = Fifo.remaining(entries);
        Lot next = lots.stream().filter(lot -> lot.expiresOn() != null).findFirst().orElse(null);
        long[] qualifying = qualifying(msisdn, cycle);
        return new AccountView(msisdn, Fifo.balance(entries),
                next == null ? 0 : next.points(), next == null ? null : next.expiresOn(),
                Eligibility.eligible(qualifying[0], qualifying[1], rules), cycle.year(), qualifying[0], qualifying[1],
                statement(msisdn, cycle));
    }

    /** The named parameters of {@link #ELIGIBLE} for the account {@code msisdn} in {@code cycle}. */
    static Map<String, Object> eligibleParams(String msisdn, PointsCycle cycle, LoyaltyRules rules) {
        return Map.of("msisdn", msisdn,
                "cycleStart", Date.valueOf(cycle.firstDay()),
                "previousStart", Date.valueOf(cycle.previous().firstDay()),
                "cycleEnd", Date.valueOf(cycle.lastDay()),
                "threshold", rules.eligibilityThreshold());
    }

    /** Qualifying points earned in {@code cycle} and in the cycle before it. */
    public long[] qualifying(String msisdn, PointsCycle cycle) {
        return jdbc.sql("""
                        select coalesce(sum(points) filter (where earned_month >= ?), 0),
                               coalesce(sum(points) filter (where earned_month < ?), 0)
                        from points_entries
                        where msisdn = ? and earned_month between ? and ? and type in """ + QUALIFYING_TYPES)
                .params(Date.valueOf(cycle.firstDay()), Date.valueOf(cycle.firstDay()), msisdn,
                        Date.valueOf(cycle.previous().firstDay()), Date.valueOf(cycle.lastDay()))
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
    }

    /** The cycle's statement: entries by the day they count for. */
    public Statement statement(String msisdn, PointsCycle cycle) {
        long opening = jdbc.sql("select coalesce(sum(points), 0) from points_entries where msisdn = ? and effective_on < ?")
                .params(msisdn, Date.valueOf(cycle.firstDay())).query(Long.class).single();
        List<Entry> inCycle = jdbc.sql("""
                        select type, points from points_entries
                        where msisdn = ? and effective_on between ? and ? order by id
                        """).params(msisdn, Date.valueOf(cycle.firstDay()), Date.valueOf(cycle.lastDay()))
                .query((rs, n) -> new Entry(EntryType.valueOf(rs.getString(1)), rs.getLong(2), null)).list();
        return Statement.of(cycle, opening, inCycle);
    }

    /**
     * Accounts by number; with {@code eligibleOnly}, those whose qualifying points of this or
     * the previous cycle reach the threshold.
     */
    public List<AccountListItem> list(boolean eligibleOnly, int limit, String onlyAssignedTo) {
        LoyaltyRules rules = ledger.rules();
        PointsCycle cycle = PointsCycle.of(ledger.today());
        List<Object> params = new ArrayList<>(Arrays.asList(Date.valueOf(cycle.firstDay()), Date.valueOf(cycle.firstDay()),
                Date.valueOf(cycle.previous().firstDay()), Date.valueOf(cycle.lastDay())));
        params.add(rules.eligibilityThreshold());
        String scope = "";
        if (onlyAssignedTo != null) {
            scope = " and a.msisdn in (select msisdn from assignments where username = ?)";
            params.add(onlyAssignedTo);
        }
        params.add(eligibleOnly);
        params.add(limit);
        String sql = """
                with q as (
                    select msisdn,
                           coalesce(sum(points) filter (where earned_month >= ?), 0) as this_cycle,
                           coalesce(sum(points) filter (where earned_month < ?), 0) as previous_cycle
                    from points_entries
                    where earned_month between ? and ? and type in %s
                    group by msisdn),
                listed as (
                    select a.msisdn, a.balance, coalesce(q.this_cycle, 0) as this_cycle, coalesce(q.previous_cycle, 0) as previous_cycle,
                           greatest(coalesce(q.this_cycle, 0), coalesce(q.previous_cycle, 0)) >= ? as eligible
                    from points_accounts a left join q on q.msisdn = a.msisdn
                    where true %s)
                select l.msisdn, l.balance, l.this_cycle, l.previous_cycle, l.eligible
                from listed l
                where (not ? or l.eligible)
                order by l.msisdn limit ?
                """.formatted(QUALIFYING_TYPES, scope);
        return jdbc.sql(sql)
                .params(params)
                .query((rs, n) -> new AccountListItem(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getBoolean(5)))
                .list();
    }
}
