package io.manyi.churn.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** churn_models: the stored province models; at most one is current. */
@Component
public class ChurnModels {

    /** A stored model as the scoring run needs it. */
    public record Stored(String version, int horizonMonths, byte[] model, String reportJson) {
    }

    private final JdbcClient jdbc;

    public ChurnModels(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a model and makes it the current one. */
    @Transactional
    public void storeAsCurrent(String version, Instant createdAt, int horizon, YearMonth trainFrom, YearMonth trainTo,
                               YearMonth validateFrom, YearMonth validateTo, String featuresJson, String metricsJson,
                               String reportJson, byte[] model) {
        jdbc.sql("update churn_models set is_current = false where is_current").update();
        jdbc.sql("""
                        insert into churn_models (version, created_at, horizon_months, train_from, train_to, validate_from,
                            validate_to, features, metrics, report, model, is_current)
                        values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), cast(? as jsonb), ?, true)
                        """)
                .params(version, Timestamp.from(createdAt), horizon, Date.valueOf(trainFrom.atDay(1)),
                        Date.valueOf(trainTo.atEndOfMonth()), Date.valueOf(validateFrom.atDay(1)),
                        Date.valueOf(validateTo.atEndOfMonth()), featuresJson, metricsJson, reportJson, model)
                .update();
    }

    public Optional<Stored> current() {
        return jdbc.sql("select version, horizon_months, model, report::text from churn_models where is_current")
                .query((rs, i) -> new Stored(rs.getString(1), rs.getInt(2), rs.getBytes(3), rs.getString(4)))
                .optional();
    }

    public Optional<String> metricsOf(String version) {
        return jdbc.sql("select metrics::text from churn_models where version = ?").param(version)
                .query(String.class).optional();
    }
}
