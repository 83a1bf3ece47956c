package io.manyi.tier.internal;

import io.manyi.tier.MonthFacts;
import io.manyi.tier.StarState;
import io.manyi.tier.SubscriberFacts;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * Streams every subscriber on the network in a month with the facts of the year up to it, in one
 * ordered cursor query on a connection of its own (so that the writer's transaction can COPY at
 * the same time). Never one query per subscriber.
 */
@Component
public class FactsCursor {

    private static final int FETCH_SIZE = 20_000;

    /**
     * Usage and the bills in arrears of the twelve months, subscribers on the network at some time
     * in the month, with the state of the previous assessment, the assessment of the month itself
     * (for a what-if) and whether a VIP review exists for the month's points cycle.
     */
    private static final String QUERY = """
            with f as (
                select coalesce(u.msisdn, p.msisdn) as msisdn, coalesce(u.month, p.month) as month,
                       u.spend, p.arrears, p.days_overdue
                from (select msisdn, month, spend from usage_monthly where month between ? and ?) u
                full join (select msisdn, month, arrears, days_overdue from payments
                           where month between ? and ? and (arrears > 0 or days_overdue > 0)) p
                       on p.msisdn = u.msisdn and p.month = u.month
            )
            select s.msisdn, s.brand, s.city, s.activated_on,
                   pa.stars as previous_stars, pa.months_below, ca.stars as current_stars,
                   v.msisdn is not null as reviewed, f.month,
                   (f.spend * 100)::bigint, (f.arrears * 100)::bigint, f.days_overdue
            from subscribers s
            left join tier_assessments pa on pa.msisdn = s.msisdn and pa.month = ?
            left join tier_assessments ca on ca.msisdn = s.msisdn and ca.month = ?
            left join vip_cards v on v.msisdn = s.msisdn and v.cycle_year = ?
            left join f on f.msisdn = s.msisdn
            where s.activated_on <= ? and (s.cancelled_on is null or s.cancelled_on >= ?)
            order by s.msisdn, f.month
            """;

    /** What the cursor hands over per subscriber. */
    public record Row(SubscriberFacts facts, StarState previous, Integer currentStars, boolean vipReviewed) {
    }

    public interface Consumer {
        void accept(Row row) throws SQLException;
    }

    private final DataSource dataSource;

    public FactsCursor(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * @param previousMonth the month whose assessment is the previous state, or null for none
     * @param cycleYear     the points cycle whose VIP review is looked for
     * @return the number of subscribers streamed
     */
    public long stream(YearMonth month, YearMonth previousMonth, int cycleYear, Consumer consumer) throws SQLException {
        LocalDate first = month.minusMonths(11).atDay(1);
        LocalDate last = month.atDay(1);
        // A month nobody was assessed in stands for "no previous assessment".
        LocalDate previous = previousMonth == null ? LocalDate.of(1900, 1, 1) : previousMonth.atDay(1);
        try (Connection con = dataSource.getConnection()) {
            con.setAutoCommit(false); // a cursor needs a transaction
            con.setReadOnly(true);
            try (PreparedStatement statement = con.prepareStatement(QUERY)) {
                statement.setFetchSize(FETCH_SIZE);
                int i = 0;
                statement.setDate(++i, Date.valueOf(first));
                statement.setDate(++i, Date.valueOf(last));
                statement.setDate(++i, Date.valueOf(first));
                statement.setDate(++i, Date.valueOf(last));
                statement.setDate(++i, Date.valueOf(previous));
                statement.setDate(++i, Date.valueOf(last));
                statement.setInt(++i, cycleYear);
                statement.setDate(++i, Date.valueOf(month.atEndOfMonth()));
                statement.setDate(++i, Date.valueOf(last));
                try (ResultSet rs = statement.executeQuery()) {
                    return group(rs, consumer);
                }
            } finally {
                con.rollback();
            }
        }
    }

    private static long group(ResultSet rs, Consumer consumer) throws SQLException {
        long count = 0;
        String msisdn = null;
        String brand = null;
        String city = null;
        LocalDate activatedOn = null;
        StarState previous = null;
        Integer current = null;
        boolean reviewed = false;
        List<MonthFacts> months = new ArrayList<>(12);
        while (rs.next()) {
            String next = rs.getString(1);
            if (!next.equals(msisdn)) {
                if (msisdn != null) {
                    consumer.accept(new Row(new SubscriberFacts(msisdn, brand, city, activatedOn, months), previous,
                            current, reviewed));
                    count++;
                    months = new ArrayList<>(12);
                }
                msisdn = next;
                brand = rs.getString(2);
                city = rs.getString(3);
                activatedOn = rs.getDate(4).toLocalDate();
                int previousStars = rs.getInt(5);
                previous = rs.wasNull() ? null : new StarState(previousStars, rs.getInt(6));
                int currentStars = rs.getInt(7);
                current = rs.wasNull() ? null : currentStars;
                reviewed = rs.getBoolean(8);
            }
            Date monthDate = rs.getDate(9);
            if (monthDate != null) {
                long spendFen = rs.getLong(10);
                boolean hasUsage = !rs.wasNull();
                months.add(new MonthFacts(YearMonth.from(monthDate.toLocalDate()), hasUsage, spendFen, rs.getLong(11),
                        rs.getInt(12)));
            }
        }
        if (msisdn != null) {
            consumer.accept(new Row(new SubscriberFacts(msisdn, brand, city, activatedOn, months), previous, current,
                    reviewed));
            count++;
        }
        return count;
    }
}
