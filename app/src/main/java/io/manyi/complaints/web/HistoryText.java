package io.manyi.complaints.web;

import io.manyi.complaints.Ticket;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A ticket's history as the page says it: the action in words and its details as "field: value"
 * in the reader's language (a step, a status, a channel or a severity by name, times in the
 * operator's zone), instead of the JSON the history keeps.
 */
@Component
class HistoryText {

    /** What a history line is: when, who, what happened and its details in words. */
    record Line(Instant at, String actor, String action, String details) {
    }

    private static final TypeReference<Map<String, Object>> DETAIL = new TypeReference<>() {
    };
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    /** Kept for the record, not for a reader. */
    private static final Set<String> UNSHOWN = Set.of("noteId", "entryId");

    private final MessageSource messages;
    private final JsonMapper json;
    private final io.manyi.complaints.ComplaintCategories categories;

    HistoryText(MessageSource messages, JsonMapper json, io.manyi.complaints.ComplaintCategories categories) {
        this.messages = messages;
        this.json = json;
        this.categories = categories;
    }

    List<Line> of(Ticket ticket, List<Ticket.HistoryEntry> history, ZoneId zone, Locale locale) {
        return history.stream().map(entry -> new Line(entry.at(), entry.actor(),
                word("ticket.history." + entry.action(), entry.action(), locale),
                details(ticket, entry, zone, locale))).toList();
    }

    private String details(Ticket ticket, Ticket.HistoryEntry entry, ZoneId zone, Locale locale) {
        if (entry.detail() == null || entry.detail().isBlank()) {
            return "";
        }
        return fields(ticket, entry.action(), json.readValue(entry.detail(), DETAIL), zone, locale, "; ");
    }

    private String fields(Ticket ticket, String action, Map<?, ?> detail, ZoneId zone, Locale locale, String separator) {
        List<String> parts = new ArrayList<>();
        // the database keeps JSON keys in its own order; "from" reads before "to"
        Map<Object, Object> ordered = new java.util.LinkedHashMap<>();
        Stream.of("from", "to").filter(detail::containsKey).forEach(key -> ordered.put(key, detail.get(key)));
        ordered.putAll(detail);
        ordered.forEach((field, value) -> {
            if (value != null && !UNSHOWN.contains(String.valueOf(field))) {
                parts.add(word("ticket.history.field." + field, String.valueOf(field), locale) + ": "
                        + value(ticket, action, String.valueOf(field), value, zone, locale));
            }
        });
        return String.join(separator, parts);
    }

    private String value(Ticket ticket, String action, String field, Object value, ZoneId zone, Locale locale) {
        if (value instanceof Map<?, ?> nested) { // a remedy, an agreement
            return fields(ticket, action, nested, zone, locale, ", ");
        }
        String text = String.valueOf(value);
        return switch (field) {
            case "step" -> word("complaints.step." + text, text, locale);
            case "from", "to" -> action.equals("SEVERITY_CHANGED") ? word("severity." + text, text, locale)
                    : word("ticket.status." + text, text, locale);
            case "severity" -> word("severity." + text, text, locale);
            case "channel" -> word("complaints.channel." + text, text, locale);
            case "category" -> text.equals(ticket.category()) && ticket.categoryName() != null ? ticket.categoryName() : text;
            case "agreed", "compensatedBefore" -> word("ticket.history.agreed." + text, text, locale);
            case "fromDepartment", "toDepartment" -> ComplaintPages.departmentName(categories.departments(), text, locale);
            case "slaMinutes" -> word("ticket.history.hours", text, locale, ((Number) value).longValue() / 60.0);
            case "dueAt" -> MINUTES.format(Instant.parse(text).atZone(zone));
            default -> text;
        };
    }

    private String word(String key, String fallback, Locale locale, Object... args) {
        return messages.getMessage(key, args, fallback, locale);
    }
}
