package io.manyi.churn.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.manyi.churn.ChurnFacts;
import io.manyi.churn.CompositeWeights;
import io.manyi.churn.HealthScores;
import io.manyi.churn.MonthScorer;
import io.manyi.churn.ProvinceDataset;
import io.manyi.churn.ProvinceModel;
import io.manyi.churn.ProvinceModelBuilder;
import io.manyi.churn.TimeSplit;
import io.manyi.churn.TrainingSettings;
import io.manyi.churn.Warning;
import io.manyi.churn.WarningRules;
import io.manyi.province.ProvinceGenerator;
import io.manyi.province.ProvinceSpec;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The benchmark's path on a small generated province: dataset, training, report, scoring with reasons. */
class InMemoryPipelineTest {

    @Test
    @SuppressWarnings("unchecked")
    void aGeneratedProvinceTrainsEvaluatesBesideTheOracleAndScoresWithReasons() throws Exception {
        ProvinceSpec spec = new ProvinceSpec(3_000, YearMonth.of(2026, 10), 12, 77);
        TimeSplit split = TimeSplit.of(spec.firstMonth(), spec.lastMonth(), TrainingSettings.defaults());
        ProvinceDataset data = new ProvinceDataset(split, spec.months(), spec.subscribers(), 1_000_000);
        Map<String, Double> hazards = new HashMap<>();
        GeneratedFacts sink = new GeneratedFacts(new ChurnFacts(spec.firstMonth(), spec.months()), data::add,
                (msisdn, month, hazard) -> {
                    if (month.equals(split.test())) {
                        hazards.put(msisdn, hazard);
                    }
                });
        new ProvinceGenerator(spec).generate(sink);
        sink.finish();

        ProvinceModel model = ProvinceModelBuilder.build(data, "test", m -> hazards.getOrDefault(m, Double.NaN));

        assertThat(model.test().rows()).isGreaterThan(2_000);
        assertThat(model.test().auc()).isGreaterThan(0.65);
        assertThat(model.oracleAuc()).isBetween(0.6, 0.95);
        Map<String, Object> report = JsonMapper.builder().build().readValue(model.reportJson(), Map.class);
        assertThat((List<Object>) report.get("calibration")).hasSize(10);
        assertThat((List<Object>) report.get("lift")).hasSize(10);
        assertThat(((Map<String, Object>) report.get("groupRates"))).containsKeys("overall", "PLAN", "BRAND");

        int[] reasons = {0, 0};
        MonthScorer scorer = new MonthScorer(model.model(), spec.months(), model.groupRates(), CompositeWeights.defaults(),
                WarningRules.defaults(), new MonthScorer.Sink() {
            @Override
            public void score(String msisdn, double probability, int composite, HealthScores health, long valueFen,
                              String[] en, String[] zh, int count) {
                assertThat(probability).isBetween(0.0, 1.0);
                assertThat(composite).isBetween(0, 100);
                assertThat(count).isBetween(1, 3);
                assertThat(zh[0]).isNotBlank();
                reasons[0]++;
            }

            @Override
            public void warning(String msisdn, Warning warning) {
                reasons[1]++;
            }
        });
        ProvinceSpec small = new ProvinceSpec(300, spec.lastMonth(), spec.months(), 78);
        GeneratedFacts scoring = new GeneratedFacts(new ChurnFacts(small.firstMonth(), small.months()), f -> {
            try {
                scorer.add(f, small.months() - 1);
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }, (m, month, h) -> { });
        new ProvinceGenerator(small).generate(scoring);
        scoring.finish();
        scorer.flush();
        assertThat(scorer.scored()).isEqualTo(reasons[0]).isGreaterThan(200);
        model.model().close();
    }
}
