package io.manyi.complaints.web;

import static io.manyi.complaints.web.TmfMapping.BASE;

import io.manyi.complaints.ComplaintCategories;
import io.manyi.complaints.NewTicket;
import io.manyi.complaints.Ticket;
import io.manyi.complaints.TicketHandling;
import io.manyi.complaints.TicketRefused;
import io.manyi.complaints.TicketStatus;
import io.manyi.complaints.Tickets;
import io.manyi.complaints.TmfTickets;
import io.manyi.platform.security.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * TM Forum TMF621 Trouble Ticket v4 over our tickets (docs/complaints.md#tmf621): create, list
 * with attribute filters, {@code fields} and offset/limit, get, merge-patch, notes. HTTP Basic.
 */
@RestController
@RequestMapping(BASE)
public class TmfTroubleTicketApi {

    private static final Set<String> ALWAYS = Set.of("id", "href", "@type");
    private static final Set<String> PATCHABLE = Set.of("description", "severity", "ticketType", "name", "priority",
            "requestedResolutionDate", "status", "statusChangeReason", "note", "@type", "@baseType", "@schemaLocation");

    private final Tickets tickets;
    private final TicketHandling handling;
    private final TmfTickets tmf;
    private final ComplaintCategories categories;
    private final TicketReaders readers;

    TmfTroubleTicketApi(Tickets tickets, TicketHandling handling, TmfTickets tmf, ComplaintCategories categories,
                        TicketReaders readers) {
        this.tickets = tickets;
        this.handling = handling;
        this.tmf = tmf;
        this.categories = categories;
        this.readers = readers;
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> create(@RequestBody Map<String, Object> body, Authentication authentication,
                                               HttpServletRequest request) {
        for (String mandatory : List.of("description", "severity", "ticketType")) {
            if (!(body.get(mandatory) instanceof String value) || value.isBlank()) {
                throw TicketRefused.invalid("missing mandatory attribute " + mandatory);
            }
        }
        String ticketType = ((String) body.get("ticketType")).strip();
        String severity = TmfMapping.knownSeverity(((String) body.get("severity")).strip());
        String category = categories.find(ticketType).isPresent() ? ticketType : "OTHER";
        NewTicket.TmfFields echo = new NewTicket.TmfFields(string(body, "name"), ticketType, severity,
                string(body, "priority"), instant(body, "requestedResolutionDate"));
        Ticket ticket = tickets.open(new NewTicket(tmf.customer(body.get("relatedParty")), TmfMapping.channel(body.get("channel")),
                category, TmfMapping.severity(severity), ((String) body.get("description")).strip(), List.of(), echo),
                authentication.getName());
        tmf.addNotes(ticket.id(), body.get("note"), authentication.getName());
        Ticket created = readers.masked(CurrentUser.of(authentication), tickets.find(ticket.id()));
        return ResponseEntity.created(URI.create(origin(request) + BASE + "/" + created.id()))
                .body(TmfMapping.troubleTicket(created, origin(request)));
    }

    @GetMapping
    ResponseEntity<List<Map<String, Object>>> list(@RequestParam Map<String, String> params, HttpServletRequest request,
                                                   Authentication authentication) {
        int offset = number(params.get("offset"), 0);
        int limit = Math.min(number(params.get("limit"), 100), 1000);
        Map<String, String> filters = new LinkedHashMap<>(params);
        filters.keySet().removeAll(Set.of("offset", "limit", "fields"));
        TmfTickets.Page page = tmf.list(filters, offset, limit);
        String origin = origin(request);
        Set<String> fields = fields(params.get("fields"));
        List<Map<String, Object>> items = readers.readList(CurrentUser.of(authentication), "ticket.list",
                        "tmf621 " + filters + " offset=" + offset + " limit=" + limit, page.tickets()).stream()
                .map(t -> select(TmfMapping.troubleTicket(t, origin), fields)).toList();
        return ResponseEntity.ok()
                .header("X-Total-Count", String.valueOf(page.total()))
                .header("X-Result-Count", String.valueOf(items.size()))
                .body(items);
    }

    @GetMapping("/{id}")
    Map<String, Object> get(@PathVariable String id, @RequestParam(required = false) String fields, HttpServletRequest request,
                            Authentication authentication) {
        Ticket ticket = readers.readOne(CurrentUser.of(authentication), tickets.find(id(id)));
        return select(TmfMapping.troubleTicket(ticket, origin(request)), fields(fields));
    }

    @PatchMapping(path = "/{id}", consumes = {"application/merge-patch+json", "application/json"})
    Map<String, Object> patch(@PathVariable String id, @RequestBody Map<String, Object> patch, Authentication authentication,
                              HttpServletRequest request) {
        long ticketId = id(id);
        tickets.find(ticketId);
        for (String key : patch.keySet()) {
            if (!PATCHABLE.contains(key)) {
                throw TicketRefused.invalid("attribute " + key + " cannot be patched");
            }
        }
        String severity = string(patch, "severity");
        if (patch.containsKey("severity")) {
            TmfMapping.knownSeverity(severity);
            if (tickets.find(ticketId).status().isFinal()) {
                throw new TicketRefused(409, "ticket-closed", "severity: a closed ticket's severity cannot change");
            }
        }
        String actor = authentication.getName();
        tmf.update(ticketId, patch, actor);
        if (severity != null) {
            tmf.changeSeverity(ticketId, TmfMapping.severity(severity), actor);
        }
        tmf.addNotes(ticketId, patch.get("note"), actor);
        if (patch.get("status") instanceof String status && !status.isBlank()) {
            TicketStatus target = TicketStatus.fromTmf(status.strip());
            String reason = string(patch, "statusChangeReason");
            if (target == TicketStatus.CLOSED) {
                handling.close(ticketId, reason == null ? "closed through TMF621 by " + actor : reason, actor);
            } else if (target != tickets.find(ticketId).status()) {
                handling.changeStatus(ticketId, target, reason == null ? "changed through TMF621" : reason, actor);
            }
        }
        return TmfMapping.troubleTicket(readers.masked(CurrentUser.of(authentication), tickets.find(ticketId)), origin(request));
    }

    /** A note as TMF621 sends it; its {@code author}, if any, is not taken (see {@link TmfTickets#addNotes}). */
    record NoteRequest(String text, String author) {
    }

    /** Adds a note (the same as a PATCH with one new note), written by the signed-in user. */
    @PostMapping("/{id}/note")
    ResponseEntity<Map<String, Object>> note(@PathVariable String id, @RequestBody NoteRequest note,
                                             Authentication authentication, HttpServletRequest request) {
        long ticketId = id(id);
        handling.note(ticketId, authentication.getName(), note.text());
        return ResponseEntity.status(201).body(TmfMapping.troubleTicket(
                readers.masked(CurrentUser.of(authentication), tickets.find(ticketId)), origin(request)));
    }

    private static long id(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new TicketRefused(404, "unknown-ticket", "no trouble ticket " + id);
        }
    }

    private static Set<String> fields(String fields) {
        if (fields == null || fields.isBlank()) {
            return null;
        }
        Set<String> selected = new LinkedHashSet<>(ALWAYS);
        Arrays.stream(fields.split(",")).map(String::strip).filter(f -> !f.isEmpty()).forEach(selected::add);
        return selected;
    }

    private static Map<String, Object> select(Map<String, Object> body, Set<String> fields) {
        if (fields == null) {
            return body;
        }
        Map<String, Object> selected = new LinkedHashMap<>();
        body.forEach((key, value) -> {
            if (fields.contains(key)) {
                selected.put(key, value);
            }
        });
        return selected;
    }

    private static int number(String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Math.max(0, Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            throw TicketRefused.invalid("offset and limit are whole numbers");
        }
    }

    static String string(Map<String, Object> body, String key) {
        return body.get(key) instanceof String s && !s.isBlank() ? s.strip() : null;
    }

    static Instant instant(Map<String, Object> body, String key) {
        String value = string(body, key);
        try {
            return value == null ? null : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw TicketRefused.invalid(key + " is not a date-time (ISO 8601)");
        }
    }

    private static String origin(HttpServletRequest request) {
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean standard = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + request.getServerName() + (standard ? "" : ":" + port);
    }
}
