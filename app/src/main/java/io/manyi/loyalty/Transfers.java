package io.manyi.loyalty;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Points from one subscriber to another, with a reason, between numbers of the same owner (ID
 * number) or members of the same group customer (each allowed by a setting), up to a yearly cap
 * per sender. Both accounts are locked in number order, so two opposite transfers cannot deadlock.
 */
@Component
public class Transfers {

    public record Transfer(long id, String from, String to, long points, long fromBalance) {
    }

    private final JdbcClient jdbc;
    private final PointsLedger ledger;
    private final Clock clock;

    public Transfers(JdbcClient jdbc, PointsLedger ledger, Clock clock) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Transfer transfer(String from, String to, long points, String reason, String entryKey, String actor) {
        if (points <= 0 || from == null || to == null || from.equals(to) || reason == null || reason.isBlank()) {
            throw new PointsRefused(422, "bad-transfer", "two different numbers, positive points and a reason are needed");
        }
        LoyaltyRules rules = ledger.rules();
        ledger.lock(from.compareTo(to) < 0 ? from : to);
        ledger.lock(from.compareTo(to) < 0 ? to : from);
        if (!related(from, to, rules)) {
            throw new PointsRefused(409, "not-related", "transfers are allowed only between "
                    + (rules.transferSameOwner() ? "numbers of the same owner" : "")
                    + (rules.transferSameOwner() && rules.transferSameGroup() ? " or " : "")
                    + (rules.transferSameGroup() ? "members of the same group" : ""));
        }
        LocalDate today = ledger.today();
        ZoneId zone = clock.getZone();
        long thisYear = jdbc.sql("select coalesce(sum(points), 0) from points_transfers where from_msisdn = ? and created_at >= ?")
                .params(from, Timestamp.from(today.withDayOfYear(1).atStartOfDay(zone).toInstant())).query(Long.class).single();
        if (thisYear + points > rules.transferYearlyCap()) {
            throw new PointsRefused(409, "yearly-cap", "transferred " + thisYear + " this year; the cap is " + rules.transferYearlyCap());
        }
        long id = jdbc.sql("""
                        insert into points_transfers (from_msisdn, to_msisdn, points, reason, created_at)
                        values (?, ?, ?, ?, ?) returning id
                        """).params(from, to, points, reason.strip(), Timestamp.from(clock.instant())).query(Long.class).single();
        long balance = ledger.balance(from); // locked above
        ledger.debit(NewEntry.debit(from, EntryType.TRANSFER_OUT, points, today, "transfer-" + id, reason.strip(),
                entryKey + ":out", actor));
        ledger.append(new NewEntry(to, EntryType.TRANSFER_IN, points, today, ledger.expiryForCreditToday(), null,
                "transfer-" + id, reason.strip(), entryKey + ":in", actor));
        return new Transfer(id, from, to, points, balance - points);
    }

    private boolean related(String a, String b, LoyaltyRules rules) {
        return jdbc.sql("""
                        select (? and exists (select 1 from subscribers x join subscribers y on x.id_number = y.id_number
                                             where x.msisdn = ? and y.msisdn = ?))
                            or (? and exists (select 1 from group_members x join group_members y on x.group_id = y.group_id
                                             where x.msisdn = ? and y.msisdn = ? and x.left_on is null and y.left_on is null))
                        """).params(rules.transferSameOwner(), a, b, rules.transferSameGroup(), a, b)
                .query(Boolean.class).single();
    }
}
