package io.manyi.loyalty;

import static io.manyi.loyalty.LoyaltyFixture.OTHER;
import static io.manyi.loyalty.LoyaltyFixture.RICH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.manyi.platform.cli.ApplicationContexts;
import io.manyi.platform.security.DemoUsers;
import io.manyi.testing.IntegrationTest;
import io.manyi.testing.TestDatabase;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Merchants and their settlement, transfers, auctions (also across a restart) and the liability. */
@IntegrationTest
class PartnersIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoUsers demoUsers;

    @Autowired
    Clock clock;

    @Autowired
    MerchantPayments payments;

    @Autowired
    Settlements settlements;

    @Autowired
    Transfers transfers;

    @Autowired
    Auctions auctions;

    @Autowired
    Liability liability;

    @Autowired
    PlatformTransactionManager transactions;

    @BeforeEach
    void fixture() {
        LoyaltyFixture.load(jdbc, demoUsers);
        LoyaltyFixture.earn(jdbc, clock, RICH, 4000);
        LoyaltyFixture.earn(jdbc, clock, OTHER, 1000);
    }

    private <T> T inTransaction(Supplier<T> work) {
        return new TransactionTemplate(transactions).execute(status -> work.get());
    }

    @Test
    void settlementAddsUpToTheCapturedPayments() {
        Authorisation a = inTransaction(() -> payments.authorise("M-COFFEE", RICH, 120, "t:a", "test"));
        Authorisation b = inTransaction(() -> payments.authorise("M-COFFEE", OTHER, 75, "t:b", "test"));
        Authorisation c = inTransaction(() -> payments.authorise("M-COFFEE", RICH, 300, "t:c", "test"));
        Authorisation d = inTransaction(() -> payments.authorise("M-MART", RICH, 40, "t:d", "test"));
        assertThat(LoyaltyFixture.balance(jdbc, RICH)).isEqualTo(4000 - 120 - 300 - 40);
        inTransaction(() -> payments.capture(a.id(), "test"));
        inTransaction(() -> payments.capture(a.id(), "test"));
        inTransaction(() -> payments.capture(b.id(), "test"));
        inTransaction(() -> payments.cancel(c.id(), "test"));
        inTransaction(() -> payments.cancel(c.id(), "test"));
        inTransaction(() -> payments.capture(d.id(), "test"));
        assertThatThrownBy(() -> inTransaction(() -> payments.cancel(a.id(), "test"))).isInstanceOf(PointsRefused.class);
        assertThat(LoyaltyFixture.balance(jdbc, RICH)).isEqualTo(4000 - 120 - 40);

        Settlement coffee = settlements.of("M-COFFEE", YearMonth.now(clock));
        assertThat(coffee.lines()).extracting(Authorisation::id).containsExactlyInAnyOrder(a.id(), b.id());
        assertThat(coffee.points()).isEqualTo(195);
        assertThat(coffee.amountYuan()).isEqualByComparingTo(new BigDecimal("3.90"));
        long capturedInLedger = -jdbc.sql("""
                select coalesce(sum(e.points), 0) from points_entries e join points_authorisations p on e.reference = 'auth-' || p.id
                where e.type in ('MERCHANT_HOLD','MERCHANT_RELEASE') and p.merchant = 'M-COFFEE'
                """).query(Long.class).single();
        assertThat(coffee.points()).isEqualTo(capturedInLedger);
        assertThat(settlements.csv(coffee)).contains(",TOTAL,,195,,3.90");
    }

    @Test
    void holdsNotCapturedInTimeAreReleasedOnce() {
        Authorisation a = inTransaction(() -> payments.authorise("M-MART", OTHER, 500, "t:e", "test"));
        jdbc.sql("alter table points_authorisations disable trigger all").update();
        jdbc.sql("update points_authorisations set hold_until = now() - interval '1 minute' where id = ?").param(a.id()).update();
        jdbc.sql("alter table points_authorisations enable trigger all").update();
        // The server's own sweep may get there first; either way the hold is released once.
        assertThat(payments.releaseExpiredHolds()).isLessThanOrEqualTo(1);
        assertThat(payments.releaseExpiredHolds()).isZero();
        assertThat(jdbc.sql("select count(*) from points_entries where type = 'MERCHANT_RELEASE'").query(Long.class).single())
                .isEqualTo(1);
        assertThat(payments.find(a.id()).status()).isEqualTo("EXPIRED");
        assertThat(LoyaltyFixture.balance(jdbc, OTHER)).isEqualTo(1000);
        assertThatThrownBy(() -> inTransaction(() -> payments.capture(a.id(), "test"))).isInstanceOf(PointsRefused.class);
    }

    @Test
    void transfersNeedARelationAndKeepTheYearlyCap() {
        assertThatThrownBy(() -> inTransaction(() -> transfers.transfer(RICH, OTHER, 100, "gift", "t:1", "test")))
                .isInstanceOf(PointsRefused.class).hasMessageContaining("same owner");
        jdbc.sql("insert into group_members values ('G001', ?, '2020-01-01', null)").param(OTHER).update();
        var done = inTransaction(() -> transfers.transfer(RICH, OTHER, 100, "gift", "t:2", "test"));
        assertThat(done.fromBalance()).isEqualTo(3900);
        assertThat(LoyaltyFixture.balance(jdbc, OTHER)).isEqualTo(1100);
        jdbc.sql("insert into points_transfers (from_msisdn, to_msisdn, points, reason, created_at) values (?, ?, 9850, 'earlier', now())")
                .params(RICH, OTHER).update();
        assertThatThrownBy(() -> inTransaction(() -> transfers.transfer(RICH, OTHER, 51, "gift", "t:3", "test")))
                .isInstanceOf(PointsRefused.class).hasMessageContaining("cap");
    }

    @Test
    void outbidReleasesAtOnceAndAClosedAuctionAwardsOnceAcrossARestart() {
        Auction auction = auctions.create("演唱会门票", "Concert ticket", 500, clock.instant().plus(Duration.ofHours(1)));
        inTransaction(() -> auctions.bid(auction.id(), RICH, 600, "b:1", "test"));
        assertThat(LoyaltyFixture.balance(jdbc, RICH)).isEqualTo(3400);
        assertThatThrownBy(() -> inTransaction(() -> auctions.bid(auction.id(), OTHER, 600, "b:2", "test")))
                .hasMessageContaining("beat 600");
        inTransaction(() -> auctions.bid(auction.id(), OTHER, 700, "b:3", "test"));
        assertThat(LoyaltyFixture.balance(jdbc, RICH)).isEqualTo(4000);
        assertThat(LoyaltyFixture.balance(jdbc, OTHER)).isEqualTo(300);
        inTransaction(() -> auctions.bid(auction.id(), RICH, 900, "b:4", "test"));
        assertThat(LoyaltyFixture.balance(jdbc, OTHER)).isEqualTo(1000);

        // A close that dies before committing leaves the auction open and nothing released.
        assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
            auctions.close(auction.id(), "test");
            throw new IllegalStateException("crash");
        })).hasMessage("crash");
        assertThat(auctions.find(auction.id()).status()).isEqualTo("OPEN");

        jdbc.sql("update points_auctions set ends_at = now() - interval '1 second' where id = ?").param(auction.id()).update();
        assertThat(auctions.closeEnded()).isLessThanOrEqualTo(1); // or the server's closer got there first
        assertThat(auctions.find(auction.id()).status()).isEqualTo("CLOSED");
        // A restarted server: its closer and a manual close change nothing.
        try (ConfigurableApplicationContext restarted = ApplicationContexts.batch(TestDatabase.dataDir())) {
            Auctions again = restarted.getBean(Auctions.class);
            assertThat(again.closeEnded()).isZero();
            Auction closed = again.close(auction.id(), "test");
            assertThat(closed.winner()).isEqualTo(RICH);
            assertThat(closed.winningBid()).isEqualTo(900);
        }
        assertThat(jdbc.sql("select count(*) from points_bids where auction_id = ? and status = 'WON'").param(auction.id())
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from points_entries where type = 'BID_RELEASE'").query(Long.class).single())
                .isEqualTo(2);
        assertThat(LoyaltyFixture.balance(jdbc, RICH)).isEqualTo(3100);
        assertThat(LoyaltyFixture.balance(jdbc, OTHER)).isEqualTo(1000);
    }

    @Test
    void liabilityValuesTheOutstandingPointsAndSplitsThemByExpiry() {
        inTransaction(() -> payments.authorise("M-MART", RICH, 1000, "t:l", "test"));
        Liability.Report report = liability.report();
        assertThat(report.outstandingPoints()).isEqualTo(4000);
        assertThat(report.valueYuan()).isEqualByComparingTo(new BigDecimal("80.00"));
        assertThat(report.expiring()).singleElement().satisfies(e -> assertThat(e.points()).isEqualTo(4000));
    }
}
