package io.manyi.platform.outbox.events;

import io.manyi.platform.outbox.Event;
import java.time.YearMonth;

/**
 * A complaint ticket was closed (complaints' {@code TicketHandling}); moments make a
 * COMPLAINT_CALLBACK of it. Payload {@code {"ticketId", "category", "severity"}}.
 *
 * @param month    the business month of the closure
 * @param severity the ticket's {@code Severity} by name
 */
public record ComplaintClosed(@Event.Subject String msisdn, @Event.BusinessMonth YearMonth month,
                              long ticketId, String category, String severity) implements Event {

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
        return "complaint-closed:" + ticketId;
    }
}
