package io.manyi.satisfaction;

import io.manyi.platform.outbox.Event;
import java.time.YearMonth;

/**
 * A survey was answered with a score ({@code Surveys}); no consumer yet. Payload {@code {"surveyId", "score"}}.
 *
 * @param month the business month of the answer
 */
public record SurveyAnswered(@Event.Subject String msisdn, @Event.BusinessMonth YearMonth month, long surveyId, int score) implements Event {

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
        return "survey-answered:" + surveyId;
    }
}
