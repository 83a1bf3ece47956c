package io.manyi.complaints.web;

import io.manyi.complaints.Channel;
import io.manyi.complaints.Severity;
import io.manyi.complaints.Ticket;
import io.manyi.platform.web.BadInput;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Our ticket in TMF621 v4 terms (TroubleTicket). What a TMF client wrote (name, ticketType,
 * severity, priority, requestedResolutionDate) is echoed as written; otherwise ticketType is our
 * category code and severity our severity. The customer is the relatedParty with role "customer".
 */
final class TmfMapping {

    static final String BASE = "/tmf-api/troubleTicket/v4/troubleTicket";

    private TmfMapping() {
    }

    static Map<String, Object> troubleTicket(Ticket t, String origin) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", String.valueOf(t.id()));
        body.put("href", origin + BASE + "/" + t.id());
        body.put("name", t.tmf() != null && t.tmf().name() != null ? t.tmf().name() : t.categoryName());
        body.put("description", t.description());
        body.put("severity", t.tmf() != null && t.tmf().severity() != null ? t.tmf().severity() : tmfSeverity(t.severity()));
        body.put("priority", t.tmf() != null && t.tmf().priority() != null ? t.tmf().priority() : String.valueOf(4 - t.severity().ordinal()));
        body.put("ticketType", t.tmf() != null && t.tmf().ticketType() != null ? t.tmf().ticketType() : t.category());
        body.put("status", t.status().tmf());
        body.put("statusChangeDate", text(t.statusChangedAt()));
        body.put("creationDate", text(t.openedAt()));
        body.put("lastUpdate", text(t.lastUpdate()));
        body.put("expectedResolutionDate", text(t.slaDueAt()));
        body.put("resolutionDate", text(t.closedAt()));
        if (t.tmf() != null && t.tmf().requestedResolutionDate() != null) {
            body.put("requestedResolutionDate", text(t.tmf().requestedResolutionDate()));
        }
        if (t.complaintId() != null) {
            body.put("externalId", t.complaintId());
        }
        body.put("channel", Map.of("id", t.channel().name(), "name", t.channel().name(), "@type", "ChannelRef"));
        List<Map<String, Object>> parties = new ArrayList<>();
        if (t.msisdn() != null) {
            parties.add(Map.of("id", t.msisdn(), "role", "customer", "@referredType", "Individual", "@type", "RelatedParty"));
        }
        parties.add(Map.of("id", t.createdBy(), "role", "originator", "@referredType", "PartyRole", "@type", "RelatedParty"));
        body.put("relatedParty", parties);
        body.put("note", t.notes().stream().map(n -> {
            Map<String, Object> note = new LinkedHashMap<>();
            note.put("id", String.valueOf(n.id()));
            note.put("author", n.author());
            note.put("date", text(n.at()));
            note.put("text", n.text());
            note.put("@type", "Note");
            return note;
        }).toList());
        body.put("attachment", t.attachments().stream().map(a -> {
            Map<String, Object> attachment = new LinkedHashMap<>();
            attachment.put("id", String.valueOf(a.id()));
            attachment.put("name", a.fileName());
            attachment.put("mimeType", a.contentType());
            attachment.put("size", Map.of("amount", a.sizeBytes(), "units", "bytes"));
            attachment.put("@type", "AttachmentRefOrValue");
            return attachment;
        }).toList());
        body.put("@type", "TroubleTicket");
        body.put("@baseType", "TroubleTicket");
        return body;
    }

    static String tmfSeverity(Severity severity) {
        return switch (severity) {
            case LOW -> "Minor";
            case MEDIUM -> "Moderate";
            case HIGH -> "Major";
            case CRITICAL -> "Critical";
        };
    }

    /** The severity words a TMF client may send (any case); the first four are TMF's own. */
    static final List<String> SEVERITIES = List.of("Critical", "Major", "Moderate", "Minor", "Urgent", "High", "Medium",
            "Low", "1", "2", "3", "4");

    /** {@code severity} when it is one of {@link #SEVERITIES}; a 400 naming the field and the allowed values otherwise. */
    static String knownSeverity(String severity) {
        if (severity != null && SEVERITIES.stream().anyMatch(s -> s.equalsIgnoreCase(severity.strip()))) {
            return severity.strip();
        }
        throw BadInput.oneOf("severity", severity == null ? "" : severity, SEVERITIES.subList(0, 4));
    }

    /** A TMF client's severity word onto ours; anything unknown is MEDIUM (the text itself is kept). */
    static Severity severity(String tmf) {
        String s = tmf.strip().toLowerCase(Locale.ROOT);
        if (s.contains("critical") || s.equals("urgent") || s.equals("1")) {
            return Severity.CRITICAL;
        }
        if (s.contains("major") || s.contains("high") || s.contains("serious") || s.equals("2")) {
            return Severity.HIGH;
        }
        if (s.contains("minor") || s.contains("low") || s.equals("4")) {
            return Severity.LOW;
        }
        return Severity.MEDIUM;
    }

    static Channel channel(Object channel) {
        if (channel instanceof Map<?, ?> map) {
            for (Object value : new Object[] {map.get("name"), map.get("id")}) {
                if (value != null) {
                    for (Channel c : Channel.values()) {
                        if (c.name().equalsIgnoreCase(value.toString().strip())) {
                            return c;
                        }
                    }
                }
            }
        }
        return Channel.ONLINE; // an OSS/BSS system talking to us is an online channel
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
