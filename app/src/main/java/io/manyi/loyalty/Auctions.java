package io.manyi.loyalty;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Point bidding. A bid must reach the reserve and beat the highest bid; it holds the bidder's
 * points (BID_HOLD) and releases the bid it beats at once (BID_RELEASE). Closing, by hand or by
 * the scheduled closer once the end time passed, marks the highest bid WON and releases every
 * other held bid, all in one transaction with the auction row locked: a close repeated, or run
 * again after a crash, finds the auction CLOSED and does nothing; release entries carry the key
 * {@code bid-release:<bid id>}, so no bid is ever released twice.
 */
@Component
public class Auctions {

    private static final String SELECT = """
            select a.id, a.title_zh, a.title_en, a.reserve, a.ends_at, a.status, a.winner, a.winning_bid, a.closed_at,
                   b.points as highest_bid, b.msisdn as highest_bidder
            from points_auctions a
            left join lateral (select points, msisdn from points_bids
                               where auction_id = a.id and status in ('HELD','WON') order by points desc, id limit 1) b on true
            """;

    private final JdbcClient jdbc;
    private final PointsLedger ledger;
    private final Clock clock;
    private final TransactionTemplate transaction;

    public Auctions(JdbcClient jdbc, PointsLedger ledger, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    public Auction create(String titleZh, String titleEn, long reserve, Instant endsAt) {
        if (reserve <= 0 || titleZh == null || titleEn == null || endsAt == null || !endsAt.isAfter(clock.instant())) {
            throw new PointsRefused(422, "bad-auction", "titles, a positive reserve and a future end time are needed");
        }
        long id = jdbc.sql("""
                        insert into points_auctions (title_zh, title_en, reserve, ends_at, status)
                        values (?, ?, ?, ?, 'OPEN') returning id
                        """).params(titleZh, titleEn, reserve, Timestamp.from(endsAt)).query(Long.class).single();
        return find(id);
    }

    public record Bid(long id, long auctionId, String msisdn, long points, long balance) {
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Bid bid(long auctionId, String msisdn, long points, String entryKey, String actor) {
        lockAuction(auctionId);
        Auction auction = find(auctionId);
        if (!auction.status().equals("OPEN") || !clock.instant().isBefore(auction.endsAt())) {
            throw new PointsRefused(409, "auction-closed", "auction " + auctionId + " takes no more bids");
        }
        if (points < auction.reserve() || (auction.highestBid() != null && points <= auction.highestBid())) {
            throw new PointsRefused(409, "bid-too-low", "a bid must reach the reserve " + auction.reserve()
                    + " and beat " + (auction.highestBid() == null ? 0 : auction.highestBid()));
        }
        long balance = ledger.lock(msisdn);
        long id = jdbc.sql("""
                        insert into points_bids (auction_id, msisdn, points, status, placed_at)
                        values (?, ?, ?, 'HELD', ?) returning id
                        """).params(auctionId, msisdn, points, Timestamp.from(clock.instant())).query(Long.class).single();
        // The bid just beaten (possibly the same bidder's own) gives its points back now; if the
        // new bid then cannot be paid, the caller's transaction undoes both.
        long releasedToBidder = 0;
        for (long beaten : jdbc.sql("select id from points_bids where auction_id = ? and status = 'HELD' and id <> ?")
                .params(auctionId, id).query(Long.class).list()) {
            releasedToBidder += releaseBid(beaten, actor, msisdn);
        }
        ledger.debit(NewEntry.debit(msisdn, EntryType.BID_HOLD, points, ledger.today(), "bid-" + id,
                "auction " + auctionId, entryKey, actor));
        return new Bid(id, auctionId, msisdn, points, balance + releasedToBidder - points);
    }

    /** Closes the auction if it is open; a second call (or one after a restart) changes nothing. */
    @Transactional
    public Auction close(long auctionId, String actor) {
        lockAuction(auctionId);
        Auction auction = find(auctionId);
        if (auction.status().equals("CLOSED")) {
            return auction;
        }
        Long winningBid = jdbc.sql("""
                        select id from points_bids where auction_id = ? and status = 'HELD' order by points desc, id limit 1
                        """).param(auctionId).query(Long.class).optional().orElse(null);
        for (long held : jdbc.sql("select id from points_bids where auction_id = ? and status = 'HELD' order by id")
                .param(auctionId).query(Long.class).list()) {
            if (winningBid == null || held != winningBid) {
                releaseBid(held, actor, null);
            }
        }
        if (winningBid != null) {
            jdbc.sql("update points_bids set status = 'WON' where id = ?").param(winningBid).update();
        }
        jdbc.sql("""
                        update points_auctions set status = 'CLOSED', closed_at = ?,
                            winner = (select msisdn from points_bids where id = ?),
                            winning_bid = (select points from points_bids where id = ?)
                        where id = ?
                        """).params(Timestamp.from(clock.instant()), winningBid, winningBid, auctionId).update();
        return find(auctionId);
    }

    /** The closer: every open auction whose end time passed, each in its own transaction. */
    @Scheduled(fixedDelayString = "${manyi.loyalty.auction-sweep:30s}")
    public int closeEnded() {
        List<Long> ended = jdbc.sql("select id from points_auctions where status = 'OPEN' and ends_at <= ? order by id")
                .param(Timestamp.from(clock.instant())).query(Long.class).list();
        for (long id : ended) {
            transaction.executeWithoutResult(status -> close(id, "auction-closer"));
        }
        return ended.size();
    }

    /** Releases a held bid; returns the points given back to {@code bidder} (0 for anyone else). */
    private long releaseBid(long bidId, String actor, String bidder) {
        record Held(String msisdn, long points, long auctionId) {
        }
        Held held = jdbc.sql("select msisdn, points, auction_id from points_bids where id = ?").param(bidId)
                .query(Held.class).single();
        jdbc.sql("update points_bids set status = 'RELEASED' where id = ? and status = 'HELD'").param(bidId).update();
        ledger.append(new NewEntry(held.msisdn(), EntryType.BID_RELEASE, held.points(), ledger.today(),
                ledger.expiryForCreditToday(), null, "bid-" + bidId, "auction " + held.auctionId(),
                "bid-release:" + bidId, actor));
        return held.msisdn().equals(bidder) ? held.points() : 0;
    }

    private void lockAuction(long auctionId) {
        jdbc.sql("select id from points_auctions where id = ? for update").param(auctionId).query(Long.class).optional()
                .orElseThrow(() -> new PointsRefused(404, "unknown-auction", "no auction " + auctionId));
    }

    public Auction find(long id) {
        return jdbc.sql(SELECT + " where a.id = ?").param(id).query(Auction.class).optional()
                .orElseThrow(() -> new PointsRefused(404, "unknown-auction", "no auction " + id));
    }

    public List<Auction> list(int limit) {
        return jdbc.sql(SELECT + " order by a.status desc, a.ends_at desc limit ?").param(limit).query(Auction.class).list();
    }
}
