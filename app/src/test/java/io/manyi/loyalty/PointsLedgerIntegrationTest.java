package io.manyi.loyalty;

import static io.manyi.loyalty.LoyaltyFixture.OTHER;
import static io.manyi.loyalty.LoyaltyFixture.RICH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.manyi.platform.security.DemoUsers;
import io.manyi.subscriber.SubscriberFixture;
import io.manyi.testing.IntegrationTest;
import java.sql.Date;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The ledger's writes for other writers: the set-based ones (the accrual's, the expiry's, a
 * benchmark's) and the one-statement debit with the caller's row (the redemption's). Each keeps
 * the stored balance equal to the sum of the entries, never below zero, and writes a key once.
 */
@IntegrationTest
class PointsLedgerIntegrationTest {

    private static final String REDEMPTION_ROW = """
            insert into points_redemptions (msisdn, item, quantity, points, entry_id, created_at)
            select :msisdn, 'DATA-1G', 1, 100, entry.id, entry.created_at from entry
            returning id""";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoUsers demoUsers;

    @Autowired
    Clock clock;

    @Autowired
    PointsLedger ledger;

    @Autowired
    Redemptions redemptions;

    @Autowired
    PointsCatalog catalog;

    @Autowired
    PlatformTransactionManager transactions;

    private TransactionTemplate transaction;

    @BeforeEach
    void fixture() {
        LoyaltyFixture.load(jdbc, demoUsers);
        LoyaltyFixture.earn(jdbc, clock, RICH, 4000);
        LoyaltyFixture.earn(jdbc, clock, OTHER, 200);
        transaction = new TransactionTemplate(transactions);
    }

    @Test
    void aSetOfEntriesIsWrittenWithItsBalancesOnce() {
        long subscribers = jdbc.sql("select count(*) from subscribers").query(Long.class).single();
        assertThat(ledger.openAccounts(PointsLedger.Rows.of("select msisdn from subscribers"))).isEqualTo(subscribers - 2);
        assertThat(ledger.openAccounts(PointsLedger.Rows.of("select msisdn from subscribers"))).isZero();
        PointsLedger.Rows sevenEach = PointsLedger.Rows.named("""
                select msisdn, 'ADJUSTMENT', 7, cast(:day as date), null::date, null::date, null::varchar, 'bulk',
                       'bulk:' || msisdn, 'test', now()
                from subscribers order by msisdn
                """, Map.of("day", Date.valueOf(ledger.today())));

        assertThat(ledger.appendAll(sevenEach)).isEqualTo(subscribers);
        assertThat(ledger.appendAll(sevenEach)).isZero();
        assertThat(LoyaltyFixture.balance(jdbc, RICH)).isEqualTo(4007);
        assertThat(LoyaltyFixture.balance(jdbc, SubscriberFixture.UNASSIGNED)).isEqualTo(7);
        assertThat(LoyaltyFixture.mismatchedAccounts(jdbc)).isZero();
    }

    @Test
    void aSetWithANumberWithoutAnAccountWritesNothing() {
        long entries = jdbc.sql("select count(*) from points_entries").query(Long.class).single();
        PointsLedger.Rows rows = PointsLedger.Rows.of("""
                select msisdn, 'ADJUSTMENT', 5, current_date, null::date, null::date, null::varchar, null::varchar,
                       'no-account:' || msisdn, 'test', now()
                from (values (?), (?)) n(msisdn)
                """, RICH, "19900000001");

        assertThatThrownBy(() -> ledger.appendAll(rows)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("without a points account");
        assertThat(jdbc.sql("select count(*) from points_entries").query(Long.class).single()).isEqualTo(entries);
        assertThat(LoyaltyFixture.balance(jdbc, RICH)).isEqualTo(4000);
    }

    @Test
    void aSetNeverTakesABalanceBelowZero() {
        PointsLedger.Rows rows = PointsLedger.Rows.of("""
                select msisdn, 'ADJUSTMENT', points, current_date, null::date, null::date, null::varchar, null::varchar,
                       'too-much:' || msisdn, 'test', now()
                from (values (?, 100), (?, -201)) n(msisdn, points)
                """, RICH, OTHER);

        assertThatThrownBy(() -> ledger.appendAll(rows)).isInstanceOf(DataIntegrityViolationException.class);
        assertThat(LoyaltyFixture.balance(jdbc, RICH)).isEqualTo(4000);
        assertThat(LoyaltyFixture.balance(jdbc, OTHER)).isEqualTo(200);
    }

    @Test
    void aConditionalDebitWritesTheEntryAndTheCallersRowOrNothing() {
        Optional<PointsLedger.Debited> done = transaction.execute(status ->
                ledger.debitIf(redemption(RICH, 100, "debit-if-1"), "true", REDEMPTION_ROW, Map.of("msisdn", RICH)));
        assertThat(done).hasValueSatisfying(d -> assertThat(d.balance()).isEqualTo(3900));
        assertThat(jdbc.sql("select entry_id from points_redemptions where id = ?").param(done.get().followUpId())
                .query(Long.class).single()).isEqualTo(done.get().entryId());

        Optional<PointsLedger.Debited> conditionFalse = transaction.execute(status ->
                ledger.debitIf(redemption(RICH, 100, "debit-if-2"), "false", REDEMPTION_ROW, Map.of("msisdn", RICH)));
        assertThat(conditionFalse).isEmpty();
        Optional<PointsLedger.Debited> notEnough = transaction.execute(status ->
                ledger.debitIf(redemption(OTHER, 201, "debit-if-3"), "true", REDEMPTION_ROW, Map.of("msisdn", OTHER)));
        assertThat(notEnough).isEmpty();
        assertThatThrownBy(() -> transaction.execute(status ->
                ledger.debitIf(redemption(RICH, 100, "debit-if-1"), "true", REDEMPTION_ROW, Map.of("msisdn", RICH))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("debit-if-1");

        assertThat(LoyaltyFixture.balance(jdbc, RICH)).isEqualTo(3900);
        assertThat(LoyaltyFixture.balance(jdbc, OTHER)).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from points_redemptions").query(Long.class).single()).isOne();
    }

    @Test
    void anEntryWhosePointsWereTakenIsWrittenWithTheCallersRow() {
        PointsLedger.Written written = transaction.execute(status -> {
            assertThat(ledger.take(RICH, 300)).isEqualTo(3700);
            return ledger.insertTaken(redemption(RICH, 300, "taken-1"), REDEMPTION_ROW, Map.of("msisdn", RICH));
        });
        assertThat(jdbc.sql("select entry_id from points_redemptions where id = ?").param(written.followUpId())
                .query(Long.class).single()).isEqualTo(written.entryId());
        assertThat(LoyaltyFixture.balance(jdbc, RICH)).isEqualTo(3700);
    }

    @Test
    void anUnlimitedItemIsRedeemedInOneStatement() {
        CatalogItem item = catalog.item("DATA-1G").orElseThrow();
        Optional<Redemption> done = transaction.execute(status -> redemptions.inOneStatement(RICH, item, 2, "one-1", "test"));
        assertThat(done).hasValueSatisfying(r -> {
            assertThat(r.points()).isEqualTo(200);
            assertThat(r.balance()).isEqualTo(3800);
        });
        // not eligible (200 qualifying points): the one statement changes nothing, the step-by-step path says why
        Optional<Redemption> notEligible = transaction.execute(status -> redemptions.inOneStatement(OTHER, item, 1, "one-2", "test"));
        assertThat(notEligible).isEmpty();
        assertThat(LoyaltyFixture.balance(jdbc, RICH)).isEqualTo(3800);
        assertThat(LoyaltyFixture.balance(jdbc, OTHER)).isEqualTo(200);
    }

    private NewEntry redemption(String msisdn, long points, String key) {
        return NewEntry.debit(msisdn, EntryType.REDEMPTION, points, ledger.today(), "DATA-1G", "1 x DATA-1G", key, "test");
    }
}
