package io.manyi.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.manyi.staff.StaffRole.Component;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScorecardTest {

    @Test
    void normalisesEachKindOfFigure() {
        assertThat(Normalisation.percentOfMax(0.915)).isEqualTo(91.5, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(Normalisation.surveyScore(10.0)).isEqualTo(100.0);
        assertThat(Normalisation.surveyScore(1.0)).isEqualTo(0.0);
        assertThat(Normalisation.surveyScore(5.5)).isEqualTo(50.0);
        assertThat(Normalisation.rate(3, 10, null)).isEqualTo(30.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(Normalisation.rate(3, 10, 0.30)).isEqualTo(100.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(Normalisation.rate(9, 10, 0.30)).isEqualTo(100.0);
        assertThat(Normalisation.rate(3, 20, 0.30)).isEqualTo(50.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(Normalisation.rate(0, 0, null)).isNull();
        assertThat(Normalisation.surveyScore(null)).isNull();
    }

    @Test
    void totalIsTheWeightedMeanOfTheComponentsThatHaveFigures() {
        StaffWeights weights = new StaffWeights(Map.of("COMPLIANCE", 20.0, "KNOWLEDGE_TEST", 15.0, "MYSTERY_SHOPPER", 20.0,
                "ONSITE_SATISFACTION", 30.0, "CALLBACK_SATISFACTION", 15.0), Map.of());
        Scorecard card = Scorecard.of(List.of(
                new Scorecard.Measured(Component.COMPLIANCE, 90.0, Map.of("checks", 20)),
                new Scorecard.Measured(Component.KNOWLEDGE_TEST, 80.0, Map.of("tests", 4)),
                new Scorecard.Measured(Component.MYSTERY_SHOPPER, null, Map.of("visits", 0)),
                new Scorecard.Measured(Component.ONSITE_SATISFACTION, 70.0, Map.of()),
                new Scorecard.Measured(Component.CALLBACK_SATISFACTION, 100.0, Map.of())), weights);
        // (20*90 + 15*80 + 30*70 + 15*100) / 80 = 6600 / 80 = 82.5
        assertThat(card.total()).isEqualTo(82.5);
        assertThat(card.lines().get(2).share()).isZero();
        assertThat(card.lines().get(0).share()).isEqualTo(0.25);
        assertThat(card.lines().get(2).figures()).containsEntry("visits", 0);
    }

    @Test
    void noFiguresAtAllMeansNoTotal() {
        Scorecard card = Scorecard.of(List.of(new Scorecard.Measured(Component.TASK_COMPLETION, null, Map.of())),
                StaffWeights.defaults(StaffRole.PHONE_MANAGER));
        assertThat(card.total()).isNull();
    }

    @Test
    void weightsAreChecked() {
        assertThatThrownBy(() -> new StaffWeights(Map.of("COMPLIANCE", -1.0), Map.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StaffWeights(Map.of("COMPLIANCE", 0.0), Map.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StaffWeights(Map.of("NOPE", 1.0), Map.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StaffWeights(Map.of("CONVERSION", 1.0), Map.of("CONVERSION", 2.0)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StaffWeights.defaults(StaffRole.HALL_CLERK).forRole(StaffRole.PHONE_MANAGER))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(StaffWeights.defaults(StaffRole.PHONE_MANAGER).forRole(StaffRole.PHONE_MANAGER).target(Component.CONVERSION))
                .isEqualTo(0.30);
    }

    @Test
    void ranksWithTiesOverallAndWithinUnits() {
        record Row(String name, String unit, Double score) {
        }
        List<Ranking.Ranked<Row>> ranked = Ranking.rank(List.of(new Row("d", "H2", 70.0), new Row("a", "H1", 90.0),
                new Row("c", "H1", 80.0), new Row("b", "H2", 80.0), new Row("e", "H1", null)), Row::score, Row::unit, Row::name);
        assertThat(ranked).extracting(r -> r.item().name()).containsExactly("a", "b", "c", "d", "e");
        assertThat(ranked).extracting(Ranking.Ranked::rank).containsExactly(1, 2, 2, 4, null);
        assertThat(ranked).extracting(Ranking.Ranked::unitRank).containsExactly(1, 1, 2, 2, null);
    }

    @Test
    void parsesPeriods() {
        assertThat(Period.parse("2026-Q3")).isEqualTo(new Period("2026-Q3", YearMonth.of(2026, 7), YearMonth.of(2026, 9)));
        assertThat(Period.parse("2026").months()).isEqualTo(12);
        assertThat(Period.parse("2026-10").isMonth()).isTrue();
        assertThatThrownBy(() -> Period.parse("2026-Q5")).isInstanceOf(IllegalArgumentException.class);
    }
}
