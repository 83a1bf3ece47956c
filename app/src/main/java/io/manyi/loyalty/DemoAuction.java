package io.manyi.loyalty;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's point bidding: one open auction (a week to go) with a few bids from subscribers who
 * can afford them, each outbidding the last, so the auctions page shows a live auction, a highest
 * bid and held and released points. Created once: a demo restarted finds it and adds nothing.
 */
@Component
public class DemoAuction {

    static final String TITLE_EN = "Business-class upgrade, Guangzhou - Beijing";
    private static final long RESERVE = 2000;
    private static final int BIDS = 4;

    private final Auctions auctions;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public DemoAuction(Auctions auctions, JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.auctions = auctions;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** The demo auction, created with its bids if there is none yet. */
    public Optional<Auction> ensure() {
        Optional<Long> existing = jdbc.sql("select id from points_auctions where title_en = ? order by id limit 1")
                .param(TITLE_EN).query(Long.class).optional();
        if (existing.isPresent()) {
            return Optional.of(auctions.find(existing.get()));
        }
        // Bidders with the most points, so that every bid can be paid.
        List<String> bidders = jdbc.sql("""
                        select msisdn from points_accounts where balance >= ? order by balance desc, msisdn limit ?
                        """).params(RESERVE + 500L * BIDS, BIDS).query(String.class).list();
        if (bidders.isEmpty()) {
            return Optional.empty();
        }
        Auction auction = auctions.create("广州-北京航班公务舱升舱", TITLE_EN, RESERVE,
                clock.instant().plus(Duration.ofDays(7)));
        long points = RESERVE;
        for (int i = 0; i < bidders.size(); i++) {
            String bidder = bidders.get(i);
            long bid = points;
            int n = i;
            transaction.executeWithoutResult(status -> auctions.bid(auction.id(), bidder, bid,
                    "demo-bid:" + auction.id() + ":" + n, "demo"));
            points += 250 + 50L * i;
        }
        return Optional.of(auctions.find(auction.id()));
    }
}
