package io.manyi.moments;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EventMomentsTest {

    @Test
    void starChangesUpAndDownButNotTheFirstAssessment() {
        assertThat(EventMoments.starChange(3, 4, "2026-10", 7))
                .hasValueSatisfying(d -> {
                    assertThat(d.type()).isEqualTo("STAR_UPGRADE");
                    assertThat(d.occurrence()).isEqualTo("2026-10");
                });
        assertThat(EventMoments.starChange(4, 2, "2026-10", 7))
                .hasValueSatisfying(d -> assertThat(d.type()).isEqualTo("STAR_DOWNGRADE"));
        assertThat(EventMoments.starChange(null, 3, "2026-10", 7)).isEmpty();
        assertThat(EventMoments.starChange(3, 3, "2026-10", 7)).isEmpty();
        assertThat(EventMoments.starChange(3, 2, null, 7)).hasValueSatisfying(d -> assertThat(d.occurrence()).isEqualTo("E7"));
    }

    @Test
    void callbacksAreKeyedByTheirTicketOrSurvey() {
        assertThat(EventMoments.complaintCallback(42, "计费争议"))
                .satisfies(d -> {
                    assertThat(d.type()).isEqualTo("COMPLAINT_CALLBACK");
                    assertThat(d.occurrence()).isEqualTo("T:42");
                    assertThat(d.detailZh()).contains("计费争议").contains("42");
                });
        assertThat(EventMoments.surveyCallback(5, 3, "HALL"))
                .satisfies(d -> assertThat(d.occurrence()).isEqualTo("S:5"));
        assertThat(EventMoments.churnWarning("2026-10", "SPEND_DROP", "消费下降45%", "spend fell 45%"))
                .satisfies(d -> {
                    assertThat(d.occurrence()).isEqualTo("2026-10:SPEND_DROP");
                    assertThat(d.detailEn()).isEqualTo("spend fell 45%");
                });
    }

    @Test
    void pointsExpiringMatchesTheBatchRule() {
        assertThat(EventMoments.pointsExpiring(1200, java.time.LocalDate.of(2026, 11, 30)))
                .contains(MomentRules.pointsDetected(1200, java.time.LocalDate.of(2026, 11, 30)));
        assertThat(EventMoments.pointsExpiring(1200, null)).isEmpty();
    }
}
