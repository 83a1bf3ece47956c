package io.manyi.loyalty;

import io.manyi.platform.settings.Settings;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only points ledger, and the only writer of its tables: {@code points_entries} and
 * {@code points_accounts} (the accounts and their stored balances). Each account row holds the
 * account's balance, changed in the same statement group as every entry appended: a debit is one
 * conditional UPDATE ({@code balance >= points}) that also takes the account's row lock, so two
 * debits of one account run one after the other and the balance never goes below zero (a CHECK
 * in the database says so too). The entries remain the truth: their sum equals the stored balance.
 *
 * <p>Single entries: {@link #append}, {@link #debit}, {@link #take} then {@link #insertTaken}, and
 * {@link #debitIf} (a conditional debit, its entry and the caller's own row in one statement).
 * Sets of entries (the monthly accrual, the expiry, a benchmark's data): {@link #openAccounts} and
 * {@link #appendAll}, one set-based statement each, the rows given as SQL.
 */
@Component
public class PointsLedger {

    /**
     * The columns, in this order, of the rows {@link #appendAll} appends: {@code msisdn, type,
     * points, effective_on, expires_on, earned_month, reference, reason, idempotency_key,
     * created_by, created_at}.
     */
    public static final String ENTRY_COLUMNS =
            "msisdn, type, points, effective_on, expires_on, earned_month, reference, reason, idempotency_key, created_by, created_at";

    /** The columns of one entry ({@link NewEntry}) as the single-entry writes insert it. */
    private static final String NEW_ENTRY_COLUMNS =
            "msisdn, type, points, effective_on, expires_on, reverses, reference, reason, idempotency_key, created_by, created_at";

    /**
     * Rows for a set-based write, as a SQL query with its parameters: positional ({@code ?}) or
     * named ({@code :name}), not both.
     */
    public record Rows(String select, List<Object> params, Map<String, Object> named) {

        public Rows {
            params = Collections.unmodifiableList(new ArrayList<>(params));
            named = Collections.unmodifiableMap(new HashMap<>(named));
        }

        public static Rows of(String select, Object... params) {
            return new Rows(select, Arrays.asList(params), Map.of());
        }

        public static Rows named(String select, Map<String, ?> params) {
            return new Rows(select, List.of(), new HashMap<>(params));
        }
    }

    /** What {@link #debitIf} did: the balance after it, the entry's id and the id the caller's statement returned. */
    public record Debited(long balance, long entryId, long followUpId) {
    }

    /** What {@link #insertTaken} wrote: the entry's id and the id the caller's statement returned. */
    public record Written(long entryId, long followUpId) {
    }

    private final JdbcClient jdbc;
    private final Settings settings;
    private final Clock clock;

    public PointsLedger(JdbcClient jdbc, Settings settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    public LoyaltyRules rules() {
        return settings.get(LoyaltyRules.SETTING, LoyaltyRules.class, LoyaltyRules::defaults);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Locks the subscriber's account row until the transaction ends, opening the account on
     * first use, and returns its balance. 404 when there is no such subscriber.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long lock(String msisdn) {
        Optional<Long> balance = lockExisting(msisdn);
        if (balance.isPresent()) {
            return balance.get();
        }
        int opened = jdbc.sql("""
                        insert into points_accounts (msisdn, opened_at)
                        select ?, ? where exists (select 1 from subscribers where msisdn = ?)
                        on conflict do nothing
                        """).params(msisdn, Timestamp.from(clock.instant()), msisdn).update();
        balance = lockExisting(msisdn);
        if (balance.isEmpty() && opened == 0) {
            throw PointsRefused.noSubscriber(msisdn);
        }
        return balance.orElse(0L);
    }

    private Optional<Long> lockExisting(String msisdn) {
        return jdbc.sql("select balance from points_accounts where msisdn = ? for update")
                .param(msisdn).query(Long.class).optional();
    }

    /** The account's balance (0 for a subscriber without an account). */
    public long balance(String msisdn) {
        return jdbc.sql("select balance from points_accounts where msisdn = ?")
                .param(msisdn).query(Long.class).optional().orElse(0L);
    }

    /** The balance as the sum of the account's entries: what the stored balance must always equal. */
    public long derivedBalance(String msisdn) {
        return jdbc.sql("select coalesce(sum(points), 0) from points_entries where msisdn = ?")
                .param(msisdn).query(Long.class).single();
    }

    /**
     * Takes {@code points} (positive) from the balance unless that takes it below zero, locking
     * the account until the transaction ends; returns the new balance. 409 when it does not
     * suffice, 404 for an unknown subscriber. The caller appends the entry with {@link #insert}.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long take(String msisdn, long points) {
        Optional<Long> after = jdbc.sql("""
                        update points_accounts set balance = balance - ? where msisdn = ? and balance >= ?
                        returning balance
                        """).params(points, msisdn, points).query(Long.class).optional();
        if (after.isPresent()) {
            return after.get();
        }
        long balance = lock(msisdn); // no account yet (opened now) or not enough: the lock is ours either way
        throw PointsRefused.insufficient(msisdn, balance, points);
    }

    /** Debits {@code points} (positive) unless that takes the balance below zero; returns the entry's id. */
    @Transactional(propagation = Propagation.MANDATORY)
    public long debit(NewEntry entry) {
        take(entry.msisdn(), -entry.points());
        return insert(entry).orElseThrow(() -> new IllegalStateException("entry " + entry.idempotencyKey() + " exists"));
    }

    /**
     * Appends an entry and adds its points to the balance; empty (and nothing changed) when an
     * entry with its idempotency key is already there. The account must exist (any writer has
     * locked or opened it first).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Long> append(NewEntry e) {
        Optional<Long> id = insert(e);
        if (id.isPresent() && e.points() != 0) {
            int changed = jdbc.sql("update points_accounts set balance = balance + ? where msisdn = ?")
                    .params(e.points(), e.msisdn()).update();
            if (changed != 1) {
                throw new IllegalStateException("no points account " + e.msisdn());
            }
        }
        return id;
    }

    /**
     * Inserts an entry without touching the balance: only for a caller that has already changed
     * the balance by its points in the same transaction ({@link #take}). Empty when the key exists.
     */
    Optional<Long> insert(NewEntry e) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("insert into points_entries (" + NEW_ENTRY_COLUMNS + ") values (" + values(e, params) + """
                        )
                        on conflict (idempotency_key) do nothing
                        returning id
                        """)
                .params(params).query(Long.class).optional();
    }

    /**
     * Inserts an entry whose points the caller has already taken from the balance with {@link
     * #take} in this transaction, and in the same statement the caller's own row: {@code
     * followUp} is a data-modifying statement that reads the common table expression {@code
     * entry} (columns {@code id}, {@code created_at}) and returns one column {@code id}, e.g.
     * {@code insert into points_redemptions (..., entry_id, created_at) select ..., entry.id,
     * entry.created_at from entry returning id}; {@code params} are its named parameters. Fails
     * (rolling the debit back) when an entry with the key is already there.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Written insertTaken(NewEntry e, String followUp, Map<String, ?> params) {
        Map<String, Object> all = new HashMap<>(params);
        record Ids(Long entryId, Long followUpId) {
        }
        Ids ids = jdbc.sql("""
                        with entry as (
                            insert into points_entries (%s) values (%s)
                            on conflict (idempotency_key) do nothing
                            returning id, created_at),
                        follow_up as (%s)
                        select (select id from entry) as entry_id, (select id from follow_up) as follow_up_id
                        """.formatted(NEW_ENTRY_COLUMNS, values(e, all), followUp))
                .params(all)
                .query(Ids.class).single();
        if (ids.entryId() == null) {
            throw new IllegalStateException("entry " + e.idempotencyKey() + " exists");
        }
        return new Written(ids.entryId(), followedUp(ids.followUpId()));
    }

    /**
     * A debit in one statement, for a hot path: takes the entry's points (negative) from the
     * balance if that leaves it at zero or more and the caller's {@code condition} (SQL, true for
     * the account: e.g. the item's row and the eligibility) holds, which also locks the account
     * until the transaction ends; appends the entry; and runs the caller's {@code followUp} (as
     * for {@link #insertTaken}). {@code params} are the named parameters of both. Empty, with
     * nothing changed, when the account did not qualify (no account, not enough points, the
     * condition false): the caller then finds out why. Fails (rolling the debit back) when an
     * entry with the key is already there.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Debited> debitIf(NewEntry e, String condition, String followUp, Map<String, ?> params) {
        if (e.points() >= 0) {
            throw new IllegalArgumentException("a debit takes points: " + e.points());
        }
        Map<String, Object> all = new HashMap<>(params);
        all.put("ledger_msisdn", e.msisdn());
        all.put("ledger_taken", -e.points());
        String values = values(e, all);
        record Done(Long balance, Long entryId, Long followUpId) {
        }
        Done done = jdbc.sql("""
                        with account as (
                            update points_accounts set balance = balance - :ledger_taken
                            where msisdn = :ledger_msisdn and balance >= :ledger_taken
                              and (%s)
                            returning balance),
                        entry as (
                            insert into points_entries (%s)
                            select %s from account
                            on conflict (idempotency_key) do nothing
                            returning id, created_at),
                        follow_up as (%s)
                        select (select balance from account) as balance, (select id from entry) as entry_id,
                               (select id from follow_up) as follow_up_id
                        """.formatted(condition, NEW_ENTRY_COLUMNS, values, followUp))
                .params(all)
                .query(Done.class).single();
        if (done.balance() == null) {
            return Optional.empty();
        }
        if (done.entryId() == null) {
            throw new IllegalStateException("entry " + e.idempotencyKey() + " exists"); // rolls the debit back
        }
        return Optional.of(new Debited(done.balance(), done.entryId(), followedUp(done.followUpId())));
    }

    private static long followedUp(Long id) {
        if (id == null) {
            throw new IllegalStateException("the statement that follows the entry returned no id");
        }
        return id;
    }

    /**
     * The entry's values as SQL over named parameters {@code ledger_*} (put into {@code params}),
     * in the order of {@link #NEW_ENTRY_COLUMNS}; a null is written as a typed literal, not bound.
     */
    private String values(NewEntry e, Map<String, Object> params) {
        return String.join(", ",
                bind(params, "ledger_entry_msisdn", e.msisdn(), "varchar"),
                "'" + e.type().name() + "'",
                bind(params, "ledger_entry_points", e.points(), "bigint"),
                bind(params, "ledger_entry_effective_on", Date.valueOf(e.effectiveOn()), "date"),
                bind(params, "ledger_entry_expires_on", e.expiresOn() == null ? null : Date.valueOf(e.expiresOn()), "date"),
                bind(params, "ledger_entry_reverses", e.reverses(), "bigint"),
                bind(params, "ledger_entry_reference", e.reference(), "varchar"),
                bind(params, "ledger_entry_reason", e.reason(), "varchar"),
                bind(params, "ledger_entry_key", e.idempotencyKey(), "varchar"),
                bind(params, "ledger_entry_created_by", e.createdBy(), "varchar"),
                bind(params, "ledger_entry_created_at", Timestamp.from(clock.instant()), "timestamptz"));
    }

    private static String bind(Map<String, Object> params, String name, Object value, String type) {
        if (value == null) {
            return "cast(null as " + type + ")";
        }
        params.put(name, value);
        return "cast(:" + name + " as " + type + ")";
    }

    /**
     * Opens an account (balance 0) for every number {@code numbers} returns (a column {@code
     * msisdn}) that has none; returns how many it opened. One statement, for the set-based writers
     * ({@link #appendAll} needs the accounts open).
     */
    @Transactional
    public long openAccounts(Rows numbers) {
        Timestamp now = Timestamp.from(clock.instant());
        String sql = """
                insert into points_accounts (msisdn, opened_at)
                select r.msisdn, %s from (%s) r
                on conflict do nothing
                """;
        if (numbers.named().isEmpty()) {
            List<Object> params = new ArrayList<>();
            params.add(now); // its ? comes before the query's own
            params.addAll(numbers.params());
            return jdbc.sql(sql.formatted("cast(? as timestamptz)", numbers.select())).params(params).update();
        }
        Map<String, Object> params = new HashMap<>(numbers.named());
        params.put("ledger_opened_at", now);
        return jdbc.sql(sql.formatted("cast(:ledger_opened_at as timestamptz)", numbers.select())).params(params).update();
    }

    /**
     * Appends a set of entries in one statement and changes the balances of their accounts by
     * them in the same statement: {@code entries} returns the columns of {@link #ENTRY_COLUMNS} in
     * that order (it may end in ORDER BY). An entry whose idempotency key is already there is not
     * written, nor added to a balance; so a set written again, or a run killed and started again,
     * adds nothing twice. Every account must be open ({@link #openAccounts}), else it fails; a
     * balance taken below zero fails on the accounts' CHECK. Either way the statement (and the
     * caller's transaction) is rolled back. Returns the number of entries written.
     */
    @Transactional
    public long appendAll(Rows entries) {
        String sql = """
                with e as (
                    insert into points_entries (%s)
                    %s
                    on conflict (idempotency_key) do nothing
                    returning msisdn, points),
                by_account as (select msisdn, sum(points) as points, count(*) as entries from e group by msisdn),
                changed as (
                    update points_accounts a set balance = a.balance + s.points
                    from by_account s where a.msisdn = s.msisdn
                    returning s.entries)
                select (select coalesce(sum(entries), 0) from by_account), (select coalesce(sum(entries), 0) from changed)
                """.formatted(ENTRY_COLUMNS, entries.select());
        JdbcClient.StatementSpec statement = entries.named().isEmpty()
                ? jdbc.sql(sql).params(entries.params()) : jdbc.sql(sql).params(entries.named());
        long[] counts = statement.query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
        if (counts[0] != counts[1]) {
            throw new IllegalStateException((counts[0] - counts[1]) + " of " + counts[0]
                    + " points entries are for numbers without a points account");
        }
        return counts[0];
    }

    /**
     * Holds off every other writer of the ledger until the transaction ends (the accounts table
     * locked): for a set-based step that computes from all accounts what it then writes (the expiry).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lockAllAccounts() {
        jdbc.sql("lock table points_accounts in exclusive mode").update();
    }

    /** The expiry date for points credited today (adjustments, transfers in, releases): as if earned now. */
    public LocalDate expiryForCreditToday() {
        return PointsCycle.of(today()).expiryOfPointsEarned(rules());
    }

    /** The newest entries first. */
    public List<LedgerEntry> entries(String msisdn, int limit) {
        return jdbc.sql("""
                        select id, type, points, effective_on, expires_on, reverses, reference, reason, created_by, created_at
                        from points_entries where msisdn = ? order by id desc limit ?
                        """).params(msisdn, limit).query(LedgerEntry.class).list();
    }

    /** Every entry in the rules' shape, oldest first, for FIFO and statements. */
    public List<Entry> ruleEntries(String msisdn) {
        return jdbc.sql("select type, points, expires_on from points_entries where msisdn = ? order by id")
                .param(msisdn)
                .query((rs, n) -> new Entry(EntryType.valueOf(rs.getString(1)), rs.getLong(2),
                        rs.getDate(3) == null ? null : rs.getDate(3).toLocalDate()))
                .list();
    }
}
