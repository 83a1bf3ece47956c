package io.manyi.moments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventMomentsTest {

    @Test
    void starChangesUpAndDownButNotTheFirstAssessment() {
        assertThat(EventMoments.of("StarLevelChanged", Map.of("from", 3, "to", 4), "2026-10", 7))
                .hasValueSatisfying(d -> {
                    assertThat(d.type()).isEqualTo("STAR_UPGRADE");
                    assertThat(d.occurrence()).isEqualTo("2026-10");
                });
        assertThat(EventMoments.of("StarLevelChanged", Map.of("from", 4, "to", 2), "2026-10", 7))
                .hasValueSatisfying(d -> assertThat(d.type()).isEqualTo("STAR_DOWNGRADE"));
        Map<String, Object> first = new HashMap<>();
        first.put("from", null);
        first.put("to", 3);
        assertThat(EventMoments.of("StarLevelChanged", first, "2026-10", 7)).isEmpty();
    }

    @Test
    void callbacksAreKeyedByTheirTicketOrSurvey() {
        assertThat(EventMoments.of("ComplaintClosed", Map.of("ticketId", "T42", "category", "计费争议", "severity", "HIGH"), null, 9))
                .hasValueSatisfying(d -> {
                    assertThat(d.type()).isEqualTo("COMPLAINT_CALLBACK");
                    assertThat(d.occurrence()).isEqualTo("T:T42");
                    assertThat(d.detailZh()).contains("计费争议").contains("T42");
                });
        assertThat(EventMoments.of("SurveyScoredLow", Map.of("surveyId", 5, "score", 3, "touchpoint", "HALL"), null, 9))
                .hasValueSatisfying(d -> assertThat(d.occurrence()).isEqualTo("S:5"));
        assertThat(EventMoments.of("ChurnWarningFired", Map.of("rule", "SPEND_DROP", "month", "2026-10",
                "detailEn", "spend fell 45%", "detailZh", "消费下降45%"), "2026-10", 9))
                .hasValueSatisfying(d -> {
                    assertThat(d.occurrence()).isEqualTo("2026-10:SPEND_DROP");
                    assertThat(d.detailEn()).isEqualTo("spend fell 45%");
                });
    }

    @Test
    void pointsExpiringMatchesTheBatchRule() {
        assertThat(EventMoments.of("PointsExpiring", Map.of("points", 1200, "expiresOn", "2026-11-30"), null, 3))
                .contains(MomentRules.pointsDetected(1200, java.time.LocalDate.of(2026, 11, 30)));
        assertThat(EventMoments.of("SomethingElse", Map.of(), null, 3)).isEmpty();
    }
}
