package io.manyi.churn;

import static org.assertj.core.api.Assertions.assertThat;

import io.manyi.intake.ImportService;
import io.manyi.testing.IntegrationTest;
import java.sql.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** Training on the province, the monthly run, its re-run and the warnings it fires once. */
@IntegrationTest
class ChurnPipelineIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ImportService imports;

    @Autowired
    ProvinceTraining training;

    @Autowired
    ChurnRun run;

    private final JsonMapper json = JsonMapper.builder().build();

    @BeforeEach
    void province() {
        ChurnProvinceFixture.load(jdbc, imports, training);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theModelIsStoredWithHonestMetricsOnAnUnseenMonthBesideTheOracle() {
        Map<String, Object> row = jdbc.sql("""
                        select horizon_months, train_from, train_to, validate_from, metrics::text, report::text,
                               octet_length(model) as bytes
                        from churn_models where is_current
                        """).query().singleRow();
        assertThat(((Number) row.get("horizon_months")).intValue()).isEqualTo(3);
        assertThat(((Date) row.get("train_to")).toLocalDate()).isBefore(((Date) row.get("validate_from")).toLocalDate());
        Map<String, Object> metrics = json.readValue((String) row.get("metrics"), Map.class);
        assertThat(metrics.get("testMonth")).isEqualTo("2026-07");
        assertThat(((Number) metrics.get("auc")).doubleValue()).isGreaterThan(0.65);
        assertThat(((Number) metrics.get("oracleAuc")).doubleValue()).isBetween(0.6, 0.95);
        assertThat(((Number) metrics.get("topDecileLift")).doubleValue()).isGreaterThan(2);
        assertThat(metrics).containsKeys("rows", "positives", "prAuc", "accuracy", "f1", "logLoss", "brier");
        Map<String, Object> report = json.readValue((String) row.get("report"), Map.class);
        assertThat((List<Object>) report.get("roc")).hasSizeGreaterThan(10);
        assertThat((List<Object>) report.get("lift")).hasSize(10);
        assertThat((List<Object>) report.get("calibration")).hasSize(10);
        assertThat((List<List<Object>>) report.get("importance")).isNotEmpty()
                .allSatisfy(pair -> assertThat(ChurnFeatureKeys.ALL).contains((String) pair.getFirst()));
        assertThat((Integer) row.get("bytes")).isGreaterThan(1000);
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyActiveSubscriberIsScoredWithReasonsAndARerunReplacesTheMonthAndFiresNothingTwice() {
        ChurnRunResult first = run.run(ChurnProvinceFixture.LAST);
        long active = jdbc.sql("""
                        select count(*) from subscribers
                        where activated_on <= date '2026-10-31' and (cancelled_on is null or cancelled_on > date '2026-10-31')
                        """).query(Long.class).single();
        assertThat(first.subscribers()).isEqualTo(active).isGreaterThan(1000);
        assertThat(count("select count(*) from churn_scores where month = date '2026-10-01'")).isEqualTo(active);
        assertThat(count("""
                select count(*) from churn_scores where month = date '2026-10-01'
                and cardinality(reasons_en) between 1 and 3 and cardinality(reasons_zh) = cardinality(reasons_en)
                """)).isEqualTo(active);
        long warnings = count("select count(*) from churn_warnings where month = date '2026-10-01'");
        long events = count("select count(*) from domain_events where type = 'ChurnWarningFired'");
        assertThat(warnings).isEqualTo(first.warningsSeen()).isGreaterThan(0);
        assertThat(events).isGreaterThanOrEqualTo(warnings);
        assertThat(count("select count(*) from churn_runs where month = date '2026-10-01'")).isEqualTo(1);

        jdbc.sql("update churn_scores set probability = 0, composite = 0 where month = date '2026-10-01'").update();
        ChurnRunResult again = run.run(ChurnProvinceFixture.LAST);

        assertThat(again.subscribers()).isEqualTo(active);
        assertThat(again.warningsFired()).isZero();
        assertThat(again.warningsSeen()).isEqualTo(first.warningsSeen());
        assertThat(count("select count(*) from churn_scores where month = date '2026-10-01'")).isEqualTo(active);
        assertThat(count("select count(*) from churn_scores where month = date '2026-10-01' and composite > 0"))
                .isEqualTo(active);
        assertThat(count("select count(*) from churn_warnings where month = date '2026-10-01'")).isEqualTo(warnings);
        assertThat(count("select count(*) from domain_events where type = 'ChurnWarningFired'")).isEqualTo(events);
        assertThat(count("select count(*) from churn_runs where month = date '2026-10-01'")).isEqualTo(1);
        Map<String, Object> payload = json.readValue(jdbc.sql(
                "select payload::text from domain_events where type = 'ChurnWarningFired' limit 1")
                .query(String.class).single(), Map.class);
        assertThat(payload).containsOnlyKeys("rule", "month", "detailEn", "detailZh").containsEntry("month", "2026-10");
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    /** The feature keys, for checking the report names real features. */
    static final class ChurnFeatureKeys {
        static final List<String> ALL = java.util.Arrays.stream(ChurnFeature.values()).map(ChurnFeature::key).toList();
    }
}
