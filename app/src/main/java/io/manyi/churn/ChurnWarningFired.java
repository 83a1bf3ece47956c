package io.manyi.churn;

import io.manyi.platform.outbox.Event;
import java.time.YearMonth;

/**
 * A churn warning rule fired for a subscriber in the monthly scoring run ({@code ChurnRun}); moments
 * make a CHURN_WARNING of it. Payload {@code {"rule", "month", "detailEn", "detailZh"}}: the month
 * is in the payload as well as in the row's business month.
 *
 * @param rule the warning rule's code, e.g. {@code SPEND_DROP}
 */
public record ChurnWarningFired(@Event.Subject String msisdn, YearMonth month, String rule, String detailEn,
                                String detailZh) implements Event {

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
        return "churn-warning:" + month + ":" + msisdn + ":" + rule;
    }
}
