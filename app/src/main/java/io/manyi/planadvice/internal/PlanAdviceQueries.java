package io.manyi.planadvice.internal;

import io.manyi.planadvice.CatalogPlan;
import io.manyi.planadvice.MonthlyUsage;
import java.sql.Array;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The catalog, subscribers' plans and their latest months of usage, for one subscriber or a batch. */
@Repository
public class PlanAdviceQueries {

    private final JdbcClient jdbc;

    public PlanAdviceQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<CatalogPlan> catalog() {
        return jdbc.sql("""
                        select plan_code, plan_name, brand, round(monthly_fee * 100)::bigint as fee_fen, voice_minutes,
                               data_mb, sms, category
                        from plans order by plan_code
                        """)
                .query((rs, n) -> new CatalogPlan(rs.getString("plan_code"), rs.getString("plan_name"),
                        rs.getString("brand"), rs.getLong("fee_fen"), rs.getInt("voice_minutes"), rs.getInt("data_mb"),
                        rs.getInt("sms"), rs.getString("category")))
                .list();
    }

    /** Plan code by number, for those of {@code msisdns} that exist. */
    public Map<String, String> plans(Collection<String> msisdns) {
        Map<String, String> plans = new HashMap<>();
        jdbc.sql("select msisdn, plan_code from subscribers where msisdn = any(?)")
                .param(textArray(msisdns))
                .query(rs -> {
                    plans.put(rs.getString(1), rs.getString(2));
                });
        return plans;
    }

    /** Up to {@code months} latest months of usage per number, newest first. */
    public Map<String, List<MonthlyUsage>> recentUsage(Collection<String> msisdns, int months) {
        Map<String, List<MonthlyUsage>> usage = new HashMap<>();
        jdbc.sql("""
                        select msisdn, spend_fen, local_minutes, long_distance_minutes, roaming_minutes, sms, data_mb, vas_fen
                        from (select u.msisdn, u.month, round(u.spend * 100)::bigint as spend_fen, u.local_minutes,
                                     u.long_distance_minutes, u.roaming_minutes, u.sms, u.data_mb,
                                     round(u.vas_spend * 100)::bigint as vas_fen,
                                     row_number() over (partition by u.msisdn order by u.month desc) as recency
                              from usage_monthly u where u.msisdn = any(?)) latest
                        where recency <= ?
                        order by msisdn, month desc
                        """)
                .params(textArray(msisdns), months)
                .query(rs -> {
                    usage.computeIfAbsent(rs.getString("msisdn"), k -> new ArrayList<>()).add(new MonthlyUsage(
                            rs.getLong("spend_fen"), rs.getInt("local_minutes"), rs.getInt("long_distance_minutes"),
                            rs.getInt("roaming_minutes"), rs.getInt("sms"), rs.getInt("data_mb"), rs.getLong("vas_fen")));
                });
        return usage;
    }

    private Object textArray(Collection<String> values) {
        // A SQL array parameter keeps the statement one round trip whatever the batch size.
        return new SqlTextArray(values.toArray(String[]::new));
    }

    /** A {@code text[]} parameter, created on the statement's own connection. */
    private record SqlTextArray(String[] values) implements org.springframework.jdbc.core.SqlTypeValue {
        @Override
        public void setTypeValue(java.sql.PreparedStatement ps, int index, int sqlType, String typeName)
                throws java.sql.SQLException {
            Connection connection = ps.getConnection();
            Array array = connection.createArrayOf("text", values);
            ps.setArray(index, array);
        }
    }
}
