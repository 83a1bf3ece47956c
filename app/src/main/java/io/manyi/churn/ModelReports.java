package io.manyi.churn;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The current model's report (no personal data: aggregates only). */
@Service
public class ModelReports {

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    public ModelReports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ModelReport> current() {
        return jdbc.sql("""
                select version, created_at, horizon_months, train_from, train_to, validate_from, validate_to,
                       features::text as features, metrics::text as metrics, report::text as report
                from churn_models where is_current
                """).query(this::report).optional();
    }

    private ModelReport report(ResultSet rs, int n) throws SQLException {
        JsonNode features = json.readTree(rs.getString("features"));
        JsonNode m = json.readTree(rs.getString("metrics"));
        JsonNode r = json.readTree(rs.getString("report"));
        return new ModelReport(rs.getString("version"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getInt("horizon_months"), rs.getObject("train_from", LocalDate.class),
                rs.getObject("train_to", LocalDate.class), rs.getObject("validate_from", LocalDate.class),
                rs.getObject("validate_to", LocalDate.class), features.isArray() || features.isObject() ? features.size() : 0,
                whole(m, "rows"), whole(m, "positives"), number(m, "auc"), number(m, "oracleAuc"), number(m, "prAuc"),
                number(m, "topDecileLift"), number(m, "accuracy"), number(m, "f1"), number(m, "logLoss"),
                number(m, "brier"),
                list(r.path("roc"), p -> new ModelReport.Point(p.path(0).asDouble(), p.path(1).asDouble())),
                list(r.path("lift"), p -> new ModelReport.Point(p.path(0).asDouble(), p.path(1).asDouble())),
                list(r.path("calibration"), p -> new ModelReport.CalibrationBin(p.path(0).asDouble(),
                        p.path(1).asDouble(), p.path(2).asLong())),
                list(r.path("importance"), p -> new ModelReport.Importance(p.path(0).asString(), p.path(1).asDouble())));
    }

    private static Double number(JsonNode metrics, String field) {
        JsonNode value = metrics.get(field);
        return value != null && value.isNumber() ? value.asDouble() : null;
    }

    private static Long whole(JsonNode metrics, String field) {
        JsonNode value = metrics.get(field);
        return value != null && value.isNumber() ? value.asLong() : null;
    }

    private static <T> List<T> list(JsonNode array, Function<JsonNode, T> element) {
        List<T> out = new ArrayList<>();
        if (array.isArray()) {
            array.forEach(item -> {
                if (item.isArray()) {
                    out.add(element.apply(item));
                }
            });
        }
        return out;
    }
}
