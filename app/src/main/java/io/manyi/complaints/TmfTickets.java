package io.manyi.complaints;

import static io.manyi.complaints.internal.TicketRows.ts;

import io.manyi.complaints.internal.TicketRows;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The TMF621 side of tickets: the customer party, attribute filters as SQL, merge-patch of the
 * plain attributes, notes. Status changes go through {@link TicketHandling} like any other.
 */
@Component
public class TmfTickets {

    /** One page of a filtered list and the total the filters match. */
    public record Page(List<Ticket> tickets, long total) {
    }

    private final JdbcClient jdbc;
    private final TicketRows rows;
    private final TicketHandling handling;
    private final SlaTimers timers;
    private final ComplaintCategories categories;
    private final Clock clock;

    public TmfTickets(JdbcClient jdbc, TicketRows rows, TicketHandling handling, SlaTimers timers,
                      ComplaintCategories categories, Clock clock) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.handling = handling;
        this.timers = timers;
        this.categories = categories;
        this.clock = clock;
    }

    /** The MSISDN of the relatedParty with role "customer" when it is one of our subscribers, else null. */
    public String customer(Object relatedParty) {
        if (!(relatedParty instanceof List<?> parties)) {
            return null;
        }
        for (Object party : parties) {
            if (party instanceof Map<?, ?> map && map.get("id") != null
                    && (map.get("role") == null || "customer".equalsIgnoreCase(String.valueOf(map.get("role"))))) {
                String id = String.valueOf(map.get("id")).strip();
                if (id.matches("\\d{11}") && jdbc.sql("select count(*) from subscribers where msisdn = ?").param(id)
                        .query(Integer.class).single() > 0) {
                    return id;
                }
            }
        }
        return null;
    }

    /**
     * Appends the notes that have no id yet (notes already on the ticket are never rewritten). The
     * author is always the signed-in user: a body's {@code author} is ignored, as other fields the
     * server sets are, since a note's author is what the ticket's history will hold someone to.
     */
    public void addNotes(long ticketId, Object notes, String actor) {
        if (!(notes instanceof List<?> list)) {
            return;
        }
        for (Object item : list) {
            if (item instanceof Map<?, ?> note && note.get("id") == null && note.get("text") instanceof String text
                    && !text.isBlank()) {
                handling.note(ticketId, actor, text);
            }
        }
    }

    @Transactional
    public void update(long ticketId, Map<String, Object> patch, String actor) {
        Map<String, Object> changed = new LinkedHashMap<>();
        if (patch.get("description") instanceof String description && !description.isBlank()) {
            jdbc.sql("update tickets set description = ? where id = ?").params(description.strip(), ticketId).update();
            changed.put("description", description.strip());
        }
        if (patch.get("severity") instanceof String severity && !severity.isBlank()) {
            jdbc.sql("update tickets set tmf_severity = ? where id = ?").params(severity.strip(), ticketId).update();
            changed.put("severity", severity.strip());
        }
        for (String[] plain : new String[][] {{"ticketType", "tmf_ticket_type"}, {"name", "tmf_name"}, {"priority", "tmf_priority"}}) {
            if (patch.get(plain[0]) instanceof String value && !value.isBlank()) {
                jdbc.sql("update tickets set " + plain[1] + " = ? where id = ?").params(value.strip(), ticketId).update();
                changed.put(plain[0], value.strip());
            }
        }
        if (patch.get("requestedResolutionDate") instanceof String date) {
            try {
                jdbc.sql("update tickets set tmf_requested_resolution = ? where id = ?")
                        .params(ts(Instant.parse(date)), ticketId).update();
            } catch (DateTimeParseException e) {
                throw TicketRefused.invalid("requestedResolutionDate is not a date-time (ISO 8601)");
            }
            changed.put("requestedResolutionDate", date);
        }
        if (!changed.isEmpty()) {
            Instant now = clock.instant();
            jdbc.sql("update tickets set last_update = ? where id = ?").params(ts(now), ticketId).update();
            rows.history(ticketId, now, actor, "UPDATED", changed);
        }
    }

    /**
     * A TMF client changed the severity: ours follows (a complaint to the regulator stays HIGH or
     * more, as when it was opened), and with it the SLA budget: the unfired timers and the due time
     * are computed again from the opening, the pauses so far left out. A final ticket keeps its own.
     */
    @Transactional
    public void changeSeverity(long ticketId, Severity severity, String actor) {
        record Current(String category, String severity, String channel, int stars, Instant openedAt, String status) {
        }
        Current t = jdbc.sql("select category, severity, channel, stars, opened_at, status from tickets where id = ? for update")
                .param(ticketId).query(Current.class).single();
        Severity ours = Channel.valueOf(t.channel()).severity(severity);
        if (ours.name().equals(t.severity()) || TicketStatus.valueOf(t.status()).isFinal()) {
            return;
        }
        Duration budget = timers.policy().budget(categories.path(t.category()), ours, Channel.valueOf(t.channel()), t.stars());
        jdbc.sql("update tickets set severity = ?, sla_minutes = ?, last_update = ? where id = ?")
                .params(ours.name(), budget.toMinutes(), ts(clock.instant()), ticketId).update();
        Optional<Instant> due = timers.schedule(ticketId, t.openedAt(), budget);
        rows.history(ticketId, clock.instant(), actor, "SEVERITY_CHANGED", Map.of("from", t.severity(), "to", ours.name(),
                "slaMinutes", budget.toMinutes(), "slaDueAt", due.map(Instant::toString).orElse("paused")));
    }

    /** Date-time attributes of the resource and their columns: filtered by equality or .gt/.gte/.lt/.lte. */
    private static final Map<String, String> DATES = Map.of(
            "creationDate", "t.opened_at",
            "lastUpdate", "t.last_update",
            "statusChangeDate", "t.status_changed_at",
            "expectedResolutionDate", "t.sla_due_at",
            "resolutionDate", "t.closed_at",
            "requestedResolutionDate", "t.tmf_requested_resolution");

    private static final Map<String, String> COMPARISONS = Map.of("gt", ">", "gte", ">=", "lt", "<", "lte", "<=");

    /**
     * Filters by attribute, TMF style ({@code status=inProgress}, {@code severity=Major},
     * {@code ticketType=BILLING_ERROR}, {@code relatedParty.id=139...}, {@code creationDate.gt=...});
     * a comma means "any of". Every scalar attribute of the resource filters by the value the
     * resource shows (a conformance kit filters by what it read back, {@code href} and dates
     * included). Unknown attributes are refused (400), never silently ignored.
     */
    public Page list(Map<String, String> filters, int offset, int limit) {
        StringBuilder where = new StringBuilder("where true");
        List<Object> params = new ArrayList<>();
        for (Map.Entry<String, String> filter : filters.entrySet()) {
            String key = filter.getKey();
            int dot = key.lastIndexOf('.');
            if (dot > 0 && DATES.containsKey(key.substring(0, dot)) && COMPARISONS.containsKey(key.substring(dot + 1))) {
                where.append(" and ").append(DATES.get(key.substring(0, dot))).append(' ')
                        .append(COMPARISONS.get(key.substring(dot + 1))).append(" ?");
                params.add(ts(instant(key, filter.getValue())));
                continue;
            }
            if (key.equals("@type") || key.equals("@baseType")) {
                where.append(filter.getValue().strip().equals("TroubleTicket") ? "" : " and false");
                continue;
            }
            String column = DATES.containsKey(key) ? DATES.get(key) : switch (key) {
                case "id", "href" -> "t.id::text";
                case "status" -> "t.status";
                case "description" -> "t.description";
                case "severity" -> "coalesce(t.tmf_severity, case t.severity when 'LOW' then 'Minor' when 'MEDIUM' then 'Moderate'"
                        + " when 'HIGH' then 'Major' else 'Critical' end)";
                case "priority" -> "coalesce(t.tmf_priority, case t.severity when 'LOW' then '4' when 'MEDIUM' then '3'"
                        + " when 'HIGH' then '2' else '1' end)";
                case "ticketType" -> "coalesce(t.tmf_ticket_type, t.category)";
                case "name" -> "coalesce(t.tmf_name, (select c.name_zh || ' / ' || c.name_en from complaint_categories c"
                        + " where c.code = t.category), t.category)";
                case "externalId" -> "t.complaint_id";
                case "channel.id", "channel.name" -> "t.channel";
                case "relatedParty.id" -> "t.msisdn";
                default -> throw TicketRefused.invalid("cannot filter on " + key);
            };
            String[] values = filter.getValue().split(",");
            where.append(" and ").append(column).append(" in (")
                    .append(String.join(", ", java.util.Collections.nCopies(values.length, "?"))).append(')');
            for (String value : values) {
                params.add(parameter(key, value.strip()));
            }
        }
        List<Ticket> page = rows.select(where.toString(), params, "order by t.id desc", limit, offset);
        return new Page(page.stream().map(t -> rows.find(t.id()).orElseThrow()).toList(), rows.count(where.toString(), params));
    }

    /** A filter's value as its column holds it. */
    private static Object parameter(String key, String value) {
        if (DATES.containsKey(key)) {
            return ts(instant(key, value));
        }
        return switch (key) {
            case "status" -> TicketStatus.fromTmf(value).name();
            case "channel.id", "channel.name" -> value.toUpperCase(java.util.Locale.ROOT);
            case "href" -> value.substring(value.lastIndexOf('/') + 1);
            default -> value;
        };
    }

    private static Instant instant(String key, String value) {
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw TicketRefused.invalid(key + " is not a date-time (ISO 8601)");
        }
    }
}
