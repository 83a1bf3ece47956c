package io.manyi.loyalty;

import io.manyi.platform.outbox.Event;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * An account's points fall due at the end of a points cycle ({@code PointsExpiry} notices); moments
 * read it and leave it to the monthly POINTS_EXPIRING rule. Payload {@code {"points", "expiresOn"}};
 * no business month.
 */
public record PointsExpiring(@Event.Subject String msisdn, long points, LocalDate expiresOn) implements Event {

    @Override
    public String subject() {
        return msisdn;
    }

    @Override
    public YearMonth businessMonth() {
        return null;
    }

    @Override
    public String key() {
        return "points-expiring:" + expiresOn + ":" + msisdn;
    }
}
