package io.manyi.moments;

import static org.assertj.core.api.Assertions.assertThat;

import io.manyi.moments.MomentEvents.Row;
import org.junit.jupiter.api.Test;

/** The consumer's reading of rows as the producers write them, without a database. */
class MomentEventsTest {

    private static Row row(String type, String month, String payload) {
        return new Row("1", 9, type, "13800138000", month, payload);
    }

    @Test
    void eachEventReadIsItsRecordsMoment() {
        assertThat(MomentEvents.detected(row("StarLevelChanged", "2026-10",
                "{\"from\":3,\"to\":4,\"score\":61,\"reasons\":[\"TENURE:+20\"]}")))
                .contains(EventMoments.starChange(3, 4, "2026-10", 9).orElseThrow());
        assertThat(MomentEvents.detected(row("StarLevelChanged", "2026-10", "{\"from\":null,\"to\":4,\"score\":40,\"reasons\":[]}")))
                .as("a first assessment").isEmpty();
        assertThat(MomentEvents.detected(row("ChurnWarningFired", "2026-10",
                "{\"rule\":\"SPEND_DROP\",\"month\":\"2026-10\",\"detailEn\":\"spend fell 45%\",\"detailZh\":\"消费下降45%\"}")))
                .hasValueSatisfying(d -> assertThat(d.occurrence()).isEqualTo("2026-10:SPEND_DROP"));
        assertThat(MomentEvents.detected(row("ComplaintClosed", "2026-10",
                "{\"ticketId\":42,\"category\":\"计费争议\",\"severity\":\"HIGH\"}")))
                .contains(EventMoments.complaintCallback(42, "计费争议"));
        assertThat(MomentEvents.detected(row("SurveyScoredLow", null, "{\"surveyId\":5,\"score\":3,\"touchpoint\":\"HALL\"}")))
                .contains(EventMoments.surveyCallback(5, 3, "HALL"));
        assertThat(MomentEvents.detected(row("PointsExpiring", null, "{\"points\":1200,\"expiresOn\":\"2026-11-30\"}")))
                .contains(MomentRules.pointsDetected(1200, java.time.LocalDate.of(2026, 11, 30)));
    }

    @Test
    void otherTypesAreNotReadAndARowThatDoesNotFitMakesNoMoment() {
        assertThat(MomentEvents.EVENTS.reads("SomethingElse")).isFalse();
        assertThat(MomentEvents.EVENTS.reads("SurveyAnswered")).isFalse();
        assertThat(MomentEvents.detected(row("ComplaintClosed", null, "{\"ticketId\":\"T42\",\"category\":\"x\"}"))).isEmpty();
        assertThat(MomentEvents.detected(row("ComplaintClosed", null, "{}"))).isEmpty();
    }
}
