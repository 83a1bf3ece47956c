package io.manyi.platform.outbox.events;

import io.manyi.platform.outbox.Event;
import java.time.YearMonth;

/**
 * A survey was answered with a score at or below the low mark (satisfaction's {@code Surveys});
 * moments make a SURVEY_CALLBACK of it. Payload {@code {"surveyId", "score", "touchpoint"}}.
 *
 * @param month      the business month of the answer
 * @param touchpoint the survey's touchpoint, e.g. {@code HALL}, {@code COMPLAINT_CLOSED}
 */
public record SurveyScoredLow(@Event.Subject String msisdn, @Event.BusinessMonth YearMonth month,
                              long surveyId, int score, String touchpoint) implements Event {

    @Override
    public String subject() {
        return msisdn;
    }

    @Override
    public YearMonth businessMonth() {
        return month;
    }

    @Override
    public String key() {
        return "survey-scored-low:" + surveyId;
    }
}
