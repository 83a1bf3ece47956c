package io.manyi.tier;

import io.manyi.platform.outbox.Event;
import java.time.YearMonth;
import java.util.List;

/**
 * A subscriber's star level changed in the monthly assessment ({@code TierAssessment}); moments
 * make a STAR_UPGRADE or STAR_DOWNGRADE of it. Payload {@code {"from", "to", "score", "reasons"}}.
 *
 * @param month   the assessed month
 * @param from    the level before, or null at a subscriber's first assessment
 * @param reasons the assessment's reason codes with their points, language-free:
 *                {@code ["TENURE:+20", ...]}
 */
public record StarLevelChanged(@Event.Subject String msisdn, @Event.BusinessMonth YearMonth month, Integer from, int to,
                               int score, List<String> reasons) implements Event {

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
        return "star-change:" + month + ":" + msisdn;
    }
}
