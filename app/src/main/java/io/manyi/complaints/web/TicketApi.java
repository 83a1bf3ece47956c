package io.manyi.complaints.web;

import io.manyi.complaints.Channel;
import io.manyi.complaints.NewTicket;
import io.manyi.complaints.Severity;
import io.manyi.complaints.Ticket;
import io.manyi.complaints.TicketRefused;
import io.manyi.complaints.TicketStatus;
import io.manyi.complaints.Tickets;
import io.manyi.platform.security.CurrentUser;
import io.manyi.platform.idempotency.IdempotencyConflict;
import io.manyi.platform.idempotency.IdempotentRequests;
import io.manyi.platform.idempotency.StoredResponse;
import io.manyi.platform.web.JsonBodies;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /api/v1/tickets} (also under {@code /api/v1/complaints}): open, list and read complaint
 * tickets (docs/complaints.md). The handling steps are in {@link TicketHandlingApi}.
 */
@RestController
@RequestMapping({"/api/v1/tickets", "/api/v1/complaints"})
class TicketApi {


    private final Tickets tickets;
    private final TicketReaders readers;
    private final IdempotentRequests idempotent;
    private final JsonMapper json;

    TicketApi(Tickets tickets, TicketReaders readers, IdempotentRequests idempotent, JsonMapper json) {
        this.tickets = tickets;
        this.readers = readers;
        this.idempotent = idempotent;
        this.json = json;
    }

    record OpenRequest(String msisdn, String channel, String category, String severity, String description,
                       List<NewTicket.Attachment> attachments) {
    }

    /** Opens a ticket; with an {@code Idempotency-Key} a retried request gets the first answer, not a second ticket. */
    @PostMapping
    ResponseEntity<String> open(@RequestBody String body, @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                Authentication authentication) {
        OpenRequest request = JsonBodies.read(json, body, OpenRequest.class);
        if (request.msisdn() == null || !request.msisdn().matches("\\d{11}")) {
            throw TicketRefused.invalid("msisdn must be 11 digits");
        }
        NewTicket ticket = new NewTicket(request.msisdn(), parse(Channel.class, "channel", request.channel()),
                request.category(), parse(Severity.class, "severity", request.severity()), request.description(),
                request.attachments(), null);
        CurrentUser user = CurrentUser.of(authentication);
        StoredResponse response;
        try {
            response = idempotent.execute("ticket", key, body, () -> new StoredResponse(201,
                    json.writeValueAsString(readers.masked(user, tickets.open(ticket, user.username())))));
        } catch (IdempotencyConflict conflict) {
            throw new TicketRefused(conflict.status(), "idempotency-key", conflict.getMessage());
        }
        long id = json.readTree(response.body()).get("id").asLong();
        return ResponseEntity.created(URI.create("/api/v1/tickets/" + id)).contentType(MediaType.APPLICATION_JSON)
                .body(response.body());
    }

    @GetMapping("/{id}")
    Ticket get(@PathVariable long id, Authentication authentication) {
        return readers.readOne(CurrentUser.of(authentication), tickets.find(id));
    }

    @GetMapping("/{id}/history")
    Map<String, Object> history(@PathVariable long id, Authentication authentication) {
        readers.readOne(CurrentUser.of(authentication), tickets.find(id));
        List<Ticket.HistoryEntry> items = tickets.history(id);
        return Map.of("items", items, "count", items.size());
    }

    @GetMapping
    Map<String, Object> list(@RequestParam(required = false) String msisdn, @RequestParam(required = false) String status,
                             @RequestParam(required = false) String category, @RequestParam(required = false) String severity,
                             @RequestParam(required = false) String channel,
                             @RequestParam(defaultValue = "false") boolean mine,
                             @RequestParam(defaultValue = "false") boolean open,
                             @RequestParam(defaultValue = "false") boolean escalated,
                             @RequestParam(defaultValue = "50") int limit, @RequestParam(defaultValue = "0") int offset,
                             Authentication authentication) {
        CurrentUser reader = CurrentUser.of(authentication);
        if (msisdn != null && !msisdn.isBlank()) {
            readers.requireInBook(reader, msisdn.strip(), "ticket.list");
        }
        Tickets.Filter filter = new Tickets.Filter(msisdn, parse(TicketStatus.class, "status", status), category,
                parse(Severity.class, "severity", severity), parse(Channel.class, "channel", channel),
                mine ? reader.username() : null, open ? true : null, escalated ? true : null);
        int bounded = Math.max(1, Math.min(limit, 1000));
        List<Ticket> items = readers.readList(reader, "ticket.list", "msisdn=" + (msisdn == null ? "" : msisdn)
                + " status=" + (status == null ? "" : status) + " limit=" + bounded + " offset=" + offset,
                tickets.list(filter, bounded, Math.max(0, offset)));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", items);
        body.put("count", items.size());
        body.put("total", tickets.count(filter));
        return body;
    }

    static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw TicketRefused.invalid(field + " must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }
}
