package io.manyi.complaints;

import io.manyi.platform.outbox.Event;
import java.time.YearMonth;

/**
 * A new ticket repeats a complaint of the same subscriber within the repeat window and was
 * escalated ({@code Tickets}); no consumer yet. Payload {@code {"ticketId", "category"}}: the new ticket.
 *
 * @param month the business month of the new ticket
 */
public record ComplaintRepeated(@Event.Subject String msisdn, @Event.BusinessMonth YearMonth month, long ticketId,
                                String category) implements Event {

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
        return "complaint-repeated:" + ticketId;
    }
}
