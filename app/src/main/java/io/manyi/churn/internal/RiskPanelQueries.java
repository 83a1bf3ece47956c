package io.manyi.churn.internal;

import io.manyi.churn.RiskPanel;
import io.manyi.platform.time.RelativeDays;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The risk panel's SQL: all by the msisdn-first indexes of churn_scores and churn_warnings. */
@Repository
public class RiskPanelQueries {

    private final JdbcClient jdbc;
    private final Clock clock;

    public RiskPanelQueries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Optional<RiskPanel> panel(String msisdn, boolean chinese, int trendMonths, int warnings) {
        String reasons = chinese ? "reasons_zh" : "reasons_en";
        List<RiskPanel.TrendMonth> trend = jdbc.sql("""
                        select month, probability, composite from churn_scores
                        where msisdn = :msisdn order by month desc limit :months
                        """).param("msisdn", msisdn).param("months", trendMonths)
                .query((rs, n) -> new RiskPanel.TrendMonth(month(rs), rs.getDouble("probability"),
                        rs.getInt("composite"))).list().reversed();
        if (trend.isEmpty()) {
            return Optional.empty();
        }
        List<RiskPanel.Warning> fired = jdbc.sql("""
                        select month, rule, %s as detail from churn_warnings
                        where msisdn = :msisdn order by month desc, fired_at desc, rule limit :limit
                        """.formatted(chinese ? "detail_zh" : "detail_en"))
                .param("msisdn", msisdn).param("limit", warnings)
                // "in N days" counted from today in the operator's zone, not from when the warning fired
                .query((rs, n) -> new RiskPanel.Warning(month(rs), rs.getString("rule"),
                        RelativeDays.refresh(rs.getString("detail"), clock)))
                .list();
        return jdbc.sql("""
                        select month, model_version, probability, composite, health_tariff, health_services,
                               health_experience, health_circle, value_yuan, %s as reasons
                        from churn_scores where msisdn = :msisdn order by month desc limit 1
                        """.formatted(reasons)).param("msisdn", msisdn)
                .query((rs, n) -> new RiskPanel(month(rs), rs.getString("model_version"), rs.getDouble("probability"),
                        rs.getInt("composite"), new RiskPanel.Health(rs.getInt("health_tariff"),
                        rs.getInt("health_services"), rs.getInt("health_experience"), rs.getInt("health_circle")),
                        rs.getBigDecimal("value_yuan").doubleValue(), strings(rs.getArray("reasons")), trend, fired))
                .optional();
    }

    private static YearMonth month(ResultSet rs) throws SQLException {
        return YearMonth.from(rs.getObject("month", LocalDate.class));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
