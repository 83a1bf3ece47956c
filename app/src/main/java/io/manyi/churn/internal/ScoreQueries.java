package io.manyi.churn.internal;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads churn_scores. */
@Component
public class ScoreQueries {

    public record ScoreRow(YearMonth month, String modelVersion, double probability, int composite, int tariff,
                           int services, int experience, int circle, BigDecimal valueYuan, List<String> reasonsEn,
                           List<String> reasonsZh) {
    }

    private final JdbcClient jdbc;

    public ScoreQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The subscriber's latest scored month. */
    public Optional<ScoreRow> latest(String msisdn) {
        return jdbc.sql("""
                        select month, model_version, probability, composite, health_tariff, health_services,
                               health_experience, health_circle, value_yuan, reasons_en, reasons_zh
                        from churn_scores where msisdn = ? order by month desc limit 1
                        """)
                .param(msisdn)
                .query((rs, i) -> new ScoreRow(YearMonth.from(rs.getDate(1).toLocalDate()), rs.getString(2),
                        rs.getFloat(3), rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8),
                        rs.getBigDecimal(9), strings(rs.getArray(10)), strings(rs.getArray(11))))
                .optional();
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
