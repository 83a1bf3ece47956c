package io.manyi.loyalty;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
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
 * Paying partner merchants with points (积分自由行): authorise holds the points (a MERCHANT_HOLD
 * debit), capture makes them the merchant's (a zero-point MERCHANT_CAPTURE marks it), cancel or
 * a hold not captured within {@code merchantHoldMinutes} gives them back (MERCHANT_RELEASE).
 * Each transition is one conditional UPDATE of the authorisation plus its entry, so it happens
 * once however often it is asked for.
 */
@Component
public class MerchantPayments {

    private final JdbcClient jdbc;
    private final PointsLedger ledger;
    private final Clock clock;
    private final TransactionTemplate transaction;

    public MerchantPayments(JdbcClient jdbc, PointsLedger ledger, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Authorisation authorise(String merchant, String msisdn, long points, String entryKey, String actor) {
        if (points <= 0) {
            throw new PointsRefused(422, "bad-points", "points must be positive");
        }
        boolean known = jdbc.sql("select exists (select 1 from points_merchants where code = ?)").param(merchant)
                .query(Boolean.class).single();
        if (!known) {
            throw new PointsRefused(404, "unknown-merchant", "no merchant " + merchant);
        }
        Instant now = clock.instant();
        Instant until = now.plus(Duration.ofMinutes(ledger.rules().merchantHoldMinutes()));
        long id = jdbc.sql("""
                        insert into points_authorisations (merchant, msisdn, points, status, authorised_at, hold_until)
                        values (?, ?, ?, 'AUTHORISED', ?, ?) returning id
                        """).params(merchant, msisdn, points, Timestamp.from(now), Timestamp.from(until))
                .query(Long.class).single();
        ledger.debit(NewEntry.debit(msisdn, EntryType.MERCHANT_HOLD, points, ledger.today(), "auth-" + id,
                "merchant " + merchant, entryKey, actor));
        return find(id);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Authorisation capture(long id, String actor) {
        Authorisation auth = find(id);
        int changed = jdbc.sql("""
                        update points_authorisations set status = 'CAPTURED', settled_at = ?
                        where id = ? and status = 'AUTHORISED' and hold_until > ?
                        """).params(Timestamp.from(clock.instant()), id, Timestamp.from(clock.instant())).update();
        if (changed == 0 && !auth.status().equals("CAPTURED")) {
            throw new PointsRefused(409, "not-capturable", "authorisation " + id + " is " + auth.status()
                    + (auth.status().equals("AUTHORISED") ? " but its hold ran out" : ""));
        }
        ledger.append(new NewEntry(auth.msisdn(), EntryType.MERCHANT_CAPTURE, 0, ledger.today(), null, null,
                "auth-" + id, "merchant " + auth.merchant(), "merchant-capture:" + id, actor));
        return find(id);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Authorisation cancel(long id, String actor) {
        return release(id, "CANCELLED", actor);
    }

    private Authorisation release(long id, String status, String actor) {
        Authorisation auth = find(id);
        ledger.lock(auth.msisdn());
        int changed = jdbc.sql("update points_authorisations set status = ? where id = ? and status = 'AUTHORISED'")
                .params(status, id).update();
        if (changed == 0) {
            if (auth.status().equals(status)) {
                return auth;
            }
            throw new PointsRefused(409, "not-cancellable", "authorisation " + id + " is " + auth.status());
        }
        ledger.append(new NewEntry(auth.msisdn(), EntryType.MERCHANT_RELEASE, auth.points(), ledger.today(),
                ledger.expiryForCreditToday(), null, "auth-" + id, "merchant " + auth.merchant() + " " + status.toLowerCase(),
                "merchant-release:" + id, actor));
        return find(id);
    }

    /** Releases every hold not captured in time; each in its own transaction. Returns how many. */
    @Scheduled(fixedDelayString = "${manyi.loyalty.hold-sweep:60s}")
    public int releaseExpiredHolds() {
        List<Long> expired = jdbc.sql("""
                        select id from points_authorisations where status = 'AUTHORISED' and hold_until <= ? order by id
                        """).param(Timestamp.from(clock.instant())).query(Long.class).list();
        for (long id : expired) {
            transaction.executeWithoutResult(status -> release(id, "EXPIRED", "hold-sweep"));
        }
        return expired.size();
    }

    public Authorisation find(long id) {
        return jdbc.sql("""
                        select id, merchant, msisdn, points, status, authorised_at, hold_until, settled_at
                        from points_authorisations where id = ?
                        """).param(id).query(Authorisation.class).optional()
                .orElseThrow(() -> new PointsRefused(404, "unknown-authorisation", "no authorisation " + id));
    }
}
