package io.manyi.moments.internal;

import io.manyi.moments.MonthUsage;
import io.manyi.moments.PlanOffer;
import io.manyi.moments.SubscriberFacts;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

/**
 * Reads the facts the batch rules need, set-based: one ordered scan of the subscribers with their
 * last months of usage, and the sparse facts (recent unconfirmed subscriptions, recent group joins,
 * high churn scores, expiring points) loaded once into maps. Never one query per subscriber.
 * Call inside a transaction, so that the scan streams with a cursor.
 */
@Repository
public class FactsQuery {

    private static final int FETCH = 2_000;

    private final JdbcTemplate jdbc;

    public FactsQuery(DataSource dataSource) {
        // Our own template: a fetch size makes the scan stream (inside a transaction) without touching the shared one.
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(FETCH);
    }

    /** The sparse facts of the day, keyed by MSISDN. */
    public record Sparse(Map<String, List<SubscriberFacts.VasSubscription>> vas,
                         Map<String, List<SubscriberFacts.GroupJoin>> groups, Map<String, ChurnScore> churn,
                         Map<String, ExpiringPoints> points) {
    }

    public record ChurnScore(double probability, String month, String reasonZh, String reasonEn) {
    }

    public record ExpiringPoints(long points, LocalDate expiresOn) {
    }

    public List<PlanOffer> plans() {
        return jdbc.query("select plan_code, plan_name, brand, monthly_fee, voice_minutes, data_mb, category from plans",
                (rs, n) -> new PlanOffer(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getBigDecimal(4).movePointRight(2).longValue(), rs.getInt(5), rs.getInt(6), rs.getString(7)));
    }

    public Map<String, List<SubscriberFacts.VasSubscription>> unconfirmedVas(LocalDate from, LocalDate to) {
        Map<String, List<SubscriberFacts.VasSubscription>> vas = new HashMap<>();
        jdbc.query("""
                select msisdn, service_code, service_name, subscribed_at::date, monthly_fee from vas_subscriptions
                where not confirmed and cancelled_at is null and subscribed_at >= ? and subscribed_at < ?
                """, (RowCallbackHandler) rs -> vas.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                .add(new SubscriberFacts.VasSubscription(rs.getString(2), rs.getString(3), rs.getDate(4).toLocalDate(),
                        rs.getBigDecimal(5).movePointRight(2).longValue())),
                Date.valueOf(from), Date.valueOf(to.plusDays(1)));
        return vas;
    }

    public Map<String, List<SubscriberFacts.GroupJoin>> groupJoins(LocalDate from, LocalDate to) {
        Map<String, List<SubscriberFacts.GroupJoin>> joins = new HashMap<>();
        jdbc.query("""
                select m.msisdn, m.group_id, g.name, m.joined_on from group_members m join group_customers g using (group_id)
                where m.joined_on between ? and ? and m.left_on is null
                """, (RowCallbackHandler) rs -> joins.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                .add(new SubscriberFacts.GroupJoin(rs.getString(2), rs.getString(3), rs.getDate(4).toLocalDate())),
                Date.valueOf(from), Date.valueOf(to));
        return joins;
    }

    /** The latest scored month before {@code day}'s month, subscribers at or above {@code minProbability}. */
    public Map<String, ChurnScore> churnScores(LocalDate day, double minProbability) {
        Map<String, ChurnScore> scores = new HashMap<>();
        jdbc.query("""
                select msisdn, probability, to_char(month, 'YYYY-MM'), reasons_zh[1], reasons_en[1] from churn_risks
                where month = (select max(month) from churn_risks where month < ?) and probability >= ?
                """, (RowCallbackHandler) rs -> scores.put(rs.getString(1),
                        new ChurnScore(rs.getDouble(2), rs.getString(3), rs.getString(4), rs.getString(5))),
                Date.valueOf(day.withDayOfMonth(1)), minProbability);
        return scores;
    }

    /**
     * Streams every subscriber still with us, with their usage of the {@code months} months
     * ending with {@code lastMonth}, oldest first.
     */
    public int forEach(YearMonth lastMonth, int months, Sparse sparse, Consumer<SubscriberFacts> sink) {
        Map<String, PlanOffer> plans = new HashMap<>();
        for (PlanOffer plan : plans()) {
            plans.put(plan.code(), plan);
        }
        Stream stream = new Stream(plans, sparse, sink);
        jdbc.query("""
                select s.msisdn, s.birth_date, s.activated_on, s.contract_end, s.plan_code, u.month, u.spend,
                       u.local_minutes + u.long_distance_minutes, u.roaming_minutes, u.data_mb
                from subscribers s
                left join usage_monthly u on u.msisdn = s.msisdn and u.month between ? and ?
                where s.cancelled_on is null
                order by s.msisdn, u.month
                """, stream, Date.valueOf(lastMonth.minusMonths(months - 1L).atDay(1)), Date.valueOf(lastMonth.atDay(1)));
        stream.flush();
        return stream.subscribers;
    }

    /** Gathers the rows of one subscriber (they come together, ordered) into their facts. */
    private static final class Stream implements RowCallbackHandler {
        private final Map<String, PlanOffer> plans;
        private final Sparse sparse;
        private final Consumer<SubscriberFacts> sink;
        private String msisdn;
        private LocalDate birth;
        private LocalDate activated;
        private LocalDate contractEnd;
        private String plan;
        private List<MonthUsage> months = new ArrayList<>();
        int subscribers;

        Stream(Map<String, PlanOffer> plans, Sparse sparse, Consumer<SubscriberFacts> sink) {
            this.plans = plans;
            this.sparse = sparse;
            this.sink = sink;
        }

        @Override
        public void processRow(ResultSet rs) throws SQLException {
            String number = rs.getString(1);
            if (!number.equals(msisdn)) {
                flush();
                msisdn = number;
                birth = date(rs, 2);
                activated = date(rs, 3);
                contractEnd = date(rs, 4);
                plan = rs.getString(5);
                months = new ArrayList<>(4);
            }
            Date month = rs.getDate(6);
            if (month != null) {
                months.add(new MonthUsage(YearMonth.from(month.toLocalDate()), rs.getBigDecimal(7).movePointRight(2).longValue(),
                        rs.getInt(8), rs.getInt(9), rs.getInt(10)));
            }
        }

        void flush() {
            if (msisdn == null) {
                return;
            }
            ChurnScore churn = sparse.churn().get(msisdn);
            ExpiringPoints points = sparse.points().get(msisdn);
            sink.accept(new SubscriberFacts(msisdn, birth, activated, contractEnd, plans.get(plan), months,
                    sparse.vas().get(msisdn), sparse.groups().get(msisdn),
                    churn == null ? null : churn.probability(), churn == null ? null : churn.month(),
                    churn == null ? null : churn.reasonZh(), churn == null ? null : churn.reasonEn(),
                    points == null ? 0 : points.points(), points == null ? null : points.expiresOn()));
            subscribers++;
            msisdn = null;
        }

        private static LocalDate date(ResultSet rs, int column) throws SQLException {
            Date value = rs.getDate(column);
            return value == null ? null : value.toLocalDate();
        }
    }
}
