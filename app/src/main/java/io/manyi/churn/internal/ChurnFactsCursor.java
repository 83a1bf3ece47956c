package io.manyi.churn.internal;

import io.manyi.churn.ChurnFacts;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * Streams every subscriber on the network at some time in a window of months, in MSISDN order,
 * with their monthly facts, into one reused {@link ChurnFacts}: one ordered query on a
 * connection of its own (so that a writer can COPY in its transaction meanwhile), each kind of
 * fact folded into one text per subscriber by merge joins over the primary keys (the tier
 * cursor's plan, measured there on a million subscribers). Never one query per subscriber.
 */
@Component
public class ChurnFactsCursor {

    private static final int FETCH_SIZE = 10_000;

    private static final String QUERY = """
            select s.msisdn, s.brand, s.city, s.plan_code, s.number_type, s.activated_on, s.contract_end, s.cancelled_on,
                   u.usage, p.bills, c.complaints, v.services, t.stars
            from subscribers s
            left join (select msisdn, string_agg(month::text || ' ' || (spend * 100)::bigint || ' '
                              || (local_minutes + long_distance_minutes + roaming_minutes) || ' ' || roaming_minutes
                              || ' ' || sms || ' ' || data_mb || ' ' || (vas_spend * 100)::bigint || ' '
                              || competitor_calls || ' ' || competitor_forwards || ' ' || distinct_contacts || ' '
                              || competitor_contacts, ',' order by month) as usage
                       from usage_monthly where month between ? and ? group by msisdn) u on u.msisdn = s.msisdn
            left join (select msisdn, string_agg(month::text || ' ' || (arrears * 100)::bigint || ' ' || days_overdue, ','
                                                 order by month) as bills
                       from payments where month between ? and ? and (arrears > 0 or days_overdue > 0)
                       group by msisdn) p on p.msisdn = s.msisdn
            left join (select msisdn, string_agg(extract(epoch from opened_at)::bigint || ' '
                              || coalesce(extract(epoch from closed_at)::bigint, -1), ',') as complaints
                       from complaints where opened_at < ? group by msisdn) c on c.msisdn = s.msisdn
            left join (select msisdn, string_agg(extract(epoch from subscribed_at)::bigint || ' '
                              || coalesce(extract(epoch from cancelled_at)::bigint, -1) || ' '
                              || case when confirmed then 1 else 0 end, ',') as services
                       from vas_subscriptions where subscribed_at < ? group by msisdn) v on v.msisdn = s.msisdn
            left join (select msisdn, string_agg(month::text || ' ' || stars, ',' order by month) as stars
                       from star_level_history where month between ? and ? group by msisdn) t on t.msisdn = s.msisdn
            where s.activated_on <= ? and (s.cancelled_on is null or s.cancelled_on >= ?)
            order by s.msisdn
            """;

    private static final String[] PLAN = {"set local enable_hashjoin = off", "set local enable_hashagg = off",
            "set local work_mem = '64MB'", "set local datestyle = 'ISO'"};

    public interface Consumer {
        void accept(ChurnFacts facts) throws SQLException;
    }

    private final DataSource dataSource;

    public ChurnFactsCursor(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Streams the window {@code first..last}; returns the number of subscribers. */
    public long stream(YearMonth first, YearMonth last, Consumer consumer) throws SQLException {
        LocalDate from = first.atDay(1);
        LocalDate to = last.atDay(1);
        LocalDate after = last.plusMonths(1).atDay(1);
        ChurnFacts facts = new ChurnFacts(first, (int) first.until(last, java.time.temporal.ChronoUnit.MONTHS) + 1);
        try (Connection con = dataSource.getConnection()) {
            con.setAutoCommit(false);
            con.setReadOnly(true);
            try (java.sql.Statement settings = con.createStatement()) {
                for (String setting : PLAN) {
                    settings.execute(setting);
                }
            }
            try (PreparedStatement statement = con.prepareStatement(QUERY)) {
                statement.setFetchSize(FETCH_SIZE);
                int i = 0;
                statement.setDate(++i, Date.valueOf(from));
                statement.setDate(++i, Date.valueOf(to));
                statement.setDate(++i, Date.valueOf(from));
                statement.setDate(++i, Date.valueOf(to));
                statement.setTimestamp(++i, java.sql.Timestamp.valueOf(after.atStartOfDay()));
                statement.setTimestamp(++i, java.sql.Timestamp.valueOf(after.atStartOfDay()));
                statement.setDate(++i, Date.valueOf(from));
                statement.setDate(++i, Date.valueOf(to));
                statement.setDate(++i, Date.valueOf(last.atEndOfMonth()));
                statement.setDate(++i, Date.valueOf(from));
                long count = 0;
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        read(rs, facts);
                        consumer.accept(facts);
                        count++;
                    }
                }
                return count;
            } finally {
                con.rollback();
            }
        }
    }

    private static void read(ResultSet rs, ChurnFacts f) throws SQLException {
        f.reset(rs.getString(1));
        f.brand = rs.getString(2);
        f.city = rs.getString(3);
        f.planCode = rs.getString(4);
        f.premiumNumber = "PREMIUM".equals(rs.getString(5));
        f.activatedOn = rs.getDate(6).toLocalDate();
        Date contractEnd = rs.getDate(7);
        f.contractEnd = contractEnd == null ? null : contractEnd.toLocalDate();
        Date cancelled = rs.getDate(8);
        f.cancelledOn = cancelled == null ? null : cancelled.toLocalDate();
        FoldedText.usage(rs.getString(9), f);
        FoldedText.bills(rs.getString(10), f);
        FoldedText.complaints(rs.getString(11), f);
        FoldedText.services(rs.getString(12), f);
        FoldedText.stars(rs.getString(13), f);
    }
}
