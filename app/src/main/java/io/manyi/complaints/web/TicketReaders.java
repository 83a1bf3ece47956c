package io.manyi.complaints.web;

import io.manyi.complaints.Ticket;
import io.manyi.platform.audit.AuditLog;
import io.manyi.platform.security.CurrentUser;
import io.manyi.subscriber.SubscriberDirectory;
import io.manyi.subscriber.Visibility;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The subscriber rules applied to tickets: a manager reads only tickets of their book, the number
 * is masked unless the reader's role shows it, and reading one ticket is audited.
 */
@Component
class TicketReaders {

    private final SubscriberDirectory directory;
    private final AuditLog audit;

    TicketReaders(SubscriberDirectory directory, AuditLog audit) {
        this.directory = directory;
        this.audit = audit;
    }

    Ticket readOne(CurrentUser reader, Ticket ticket) {
        if (ticket.msisdn() != null) {
            directory.requireReadable(reader, ticket.msisdn());
            audit.record(reader.username(), "ticket.view", ticket.msisdn(), "ticket " + ticket.id());
        }
        return masked(reader, ticket);
    }

    /** 403 for a manager asking for a subscriber outside their book, audited as {@code <action>.denied}. */
    void requireInBook(CurrentUser reader, String msisdn, String action) {
        directory.requireInBook(reader, msisdn, action);
    }

    /**
     * A read of a list of tickets, audited in one row naming every subscriber; for a book-scoped
     * reader only the tickets of their book (the rest is left out, not masked).
     */
    List<Ticket> readList(CurrentUser reader, String action, String query, List<Ticket> found) {
        List<Ticket> readable = found.stream().filter(t -> t.msisdn() == null || directory.inBook(reader, t.msisdn())).toList();
        audit.recordList(reader.username(), action, query, readable.stream().map(Ticket::msisdn).toList());
        return readable.stream().map(t -> masked(reader, t)).toList();
    }

    Ticket masked(CurrentUser reader, Ticket t) {
        String shown = t.msisdn() == null ? null : Visibility.of(reader.roles()).showMsisdn(t.msisdn());
        return t.withMsisdn(shown);
    }
}
