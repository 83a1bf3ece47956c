package io.manyi.loyalty.web;

import io.manyi.loyalty.Auction;
import io.manyi.loyalty.Authorisation;
import io.manyi.loyalty.Settlement;
import io.manyi.platform.audit.AuditLog;
import io.manyi.platform.security.CurrentUser;
import io.manyi.subscriber.SubscriberDirectory;
import io.manyi.subscriber.Visibility;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The data scope, masking and audit of the subscriber pages, applied to points: the book is the
 * subscriber feature's ({@link SubscriberDirectory}), a number leaves masked as the reader's roles
 * say, and every read that shows a subscriber's data is audited naming them.
 */
@Component
class LoyaltyReaders {

    private final SubscriberDirectory directory;
    private final AuditLog audit;

    LoyaltyReaders(SubscriberDirectory directory, AuditLog audit) {
        this.directory = directory;
        this.audit = audit;
    }

    /** 403 for a phone or account manager reaching a subscriber outside their book (audited as {@code <action>.denied}). */
    void checkScope(CurrentUser reader, String msisdn, String action) {
        directory.requireInBook(reader, msisdn, action);
    }

    /** The number as the reader may see it; null for a subscriber outside a manager's book. */
    String show(CurrentUser reader, String msisdn) {
        if (msisdn == null || !directory.inBook(reader, msisdn)) {
            return null;
        }
        return Visibility.of(reader.roles()).showMsisdn(msisdn);
    }

    /** A read of one subscriber's points data. */
    void audited(CurrentUser reader, String action, String msisdn, String detail) {
        audit.record(reader.username(), action, msisdn, detail);
    }

    /** A read of a list naming subscribers: one row, naming them all. */
    void auditedList(CurrentUser reader, String action, String query, Collection<String> msisdns) {
        audit.recordList(reader.username(), action, query, msisdns);
    }

    Auction shown(CurrentUser reader, Auction a) {
        return new Auction(a.id(), a.titleZh(), a.titleEn(), a.reserve(), a.endsAt(), a.status(), show(reader, a.winner()),
                a.winningBid(), a.closedAt(), a.highestBid(), show(reader, a.highestBidder()));
    }

    /** The numbers an auction shows this reader (its winner and highest bidder, those of their book): what the audit names. */
    List<String> numbers(CurrentUser reader, Auction a) {
        return java.util.stream.Stream.of(a.winner(), a.highestBidder())
                .filter(msisdn -> msisdn != null && directory.inBook(reader, msisdn)).toList();
    }

    io.manyi.loyalty.Auctions.Bid shown(CurrentUser reader, io.manyi.loyalty.Auctions.Bid b) {
        return new io.manyi.loyalty.Auctions.Bid(b.id(), b.auctionId(), show(reader, b.msisdn()), b.points(), b.balance());
    }

    io.manyi.loyalty.Transfers.Transfer shown(CurrentUser reader, io.manyi.loyalty.Transfers.Transfer t) {
        return new io.manyi.loyalty.Transfers.Transfer(t.id(), show(reader, t.from()), show(reader, t.to()), t.points(),
                t.fromBalance());
    }

    Authorisation shown(CurrentUser reader, Authorisation a) {
        return new Authorisation(a.id(), a.merchant(), show(reader, a.msisdn()), a.points(), a.status(), a.authorisedAt(),
                a.holdUntil(), a.settledAt());
    }

    Settlement shown(CurrentUser reader, Settlement s) {
        return new Settlement(s.merchant(), s.month(), s.yuanPerPoint(), s.payments(), s.points(), s.amountYuan(),
                s.lines().stream().map(line -> shown(reader, line)).toList());
    }

    /** The numbers a settlement shows this reader: what the audit names. */
    List<String> numbers(CurrentUser reader, Settlement s) {
        return s.lines().stream().map(Authorisation::msisdn).filter(msisdn -> directory.inBook(reader, msisdn)).toList();
    }
}
