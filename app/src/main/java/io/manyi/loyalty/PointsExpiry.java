package io.manyi.loyalty;

import io.manyi.platform.outbox.Outbox;
import io.manyi.platform.outbox.SmsMessage;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Expiry at the end of a cycle and the notice before it. Both are set-based over all accounts
 * and use the FIFO rule of {@link Fifo}: the points due on day D are an account's credits that
 * expire by D minus all its debits (debits take the earliest-expiring points first).
 */
@Component
public class PointsExpiry {

    /** Per account: unspent points that expire on or before the day given twice as the parameter. */
    private static final String DUE = """
            select msisdn, greatest(0,
                       coalesce(sum(points) filter (where points > 0 and expires_on <= ?), 0)
                     + coalesce(sum(points) filter (where points < 0), 0)) as due
            from points_entries group by msisdn
            """;

    private final JdbcClient jdbc;
    private final Outbox outbox;
    private final PointsLedger ledger;
    private final Clock clock;

    public PointsExpiry(JdbcClient jdbc, Outbox outbox, PointsLedger ledger, Clock clock) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.ledger = ledger;
        this.clock = clock;
    }

    /**
     * Writes an EXPIRY entry for every account with points due at the end of {@code cycle}.
     * Writers are held off meanwhile (the accounts table is locked), so no debit can slip in
     * between computing what is due and expiring it. Idempotent: entry key {@code expiry:<day>:<msisdn>}.
     */
    @Transactional
    public long expire(PointsCycle cycle) {
        LocalDate day = cycle.lastDay();
        ledger.lockAllAccounts();
        // One EXPIRY entry per account with points due, and the balances, in one statement (the ledger's).
        return ledger.appendAll(PointsLedger.Rows.of("""
                        select msisdn, 'EXPIRY', -due, ?, cast(null as date), cast(null as date), ?,
                               'points earned before the end of cycle ' || ?, 'expiry:' || ? || ':' || msisdn, 'expiry', ?
                        from (""" + DUE + """
                        ) d where due > 0
                        """,
                Date.valueOf(day), "cycle-" + cycle, cycle.toString(), day.toString(), Timestamp.from(clock.instant()),
                Date.valueOf(day)));
    }

    public record Due(String msisdn, long points) {
    }

    /** Accounts with points that expire at the end of {@code cycle}. */
    public List<Due> due(PointsCycle cycle) {
        return jdbc.sql("select msisdn, due as points from (" + DUE + ") d where due > 0 order by msisdn")
                .param(Date.valueOf(cycle.lastDay())).query(Due.class).list();
    }

    /**
     * A text message and a {@code PointsExpiring} event per account with points due at the end of
     * {@code cycle}; idempotent through the outbox's dedup keys.
     */
    @Transactional
    public int notifyExpiring(PointsCycle cycle) {
        LocalDate day = cycle.lastDay();
        List<Due> due = due(cycle);
        outbox.sendAll(due.stream().map(d -> new SmsMessage(d.msisdn(), "points-expiring",
                "【积分提醒】您有" + d.points() + "积分将于" + day + "到期，请及时兑换。",
                "Reminder: " + d.points() + " of your points expire on " + day + ". Redeem them before then.",
                "points-expiring:" + day + ":" + d.msisdn())).toList());
        outbox.publishAll(due.stream().map(d -> new PointsExpiring(d.msisdn(), d.points(), day)).toList());
        return due.size();
    }

    /**
     * Daily: within the notice period before a cycle ends, notify; after a cycle ended, expire
     * what was due at its end (during the first week). Both are idempotent, so a repeat is harmless.
     */
    @Scheduled(cron = "${manyi.loyalty.expiry-cron:0 30 2 * * *}", zone = "${manyi.time-zone:Asia/Shanghai}")
    @Transactional
    public void daily() {
        dailyAsOf(ledger.today());
    }

    /**
     * The daily job as on {@code today}. Transactional in its own right: {@link #expire} locks the
     * accounts table, which PostgreSQL allows only inside a transaction, and calls from within this
     * class do not pass through the proxy that would open one.
     */
    @Transactional
    public void dailyAsOf(LocalDate today) {
        PointsCycle current = PointsCycle.of(today);
        if (!today.isBefore(current.lastDay().minusDays(ledger.rules().noticeDays()))) {
            notifyExpiring(current);
        }
        // In the first week after a cycle ended (a missed night is caught up the next).
        if (today.isBefore(current.previous().lastDay().plusDays(8))) {
            expire(current.previous());
        }
    }
}
