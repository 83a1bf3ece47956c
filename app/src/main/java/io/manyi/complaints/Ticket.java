package io.manyi.complaints;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A ticket as the API and pages show it; {@code msisdn} already masked for the reader. */
public record Ticket(long id, String complaintId, String msisdn, Channel channel, String category,
                     String categoryName, String department, Severity severity, TicketStatus status,
                     String description, int stars, Instant openedAt, Instant statusChangedAt, Instant lastUpdate,
                     Instant closedAt, long slaMinutes, Instant slaDueAt, Instant slaWarnedAt, Instant slaBreachedAt,
                     int escalationLevel, Long repeatOf, Map<String, Object> remedy, Map<String, Object> agreement,
                     String createdBy, List<Step> steps, List<Attachment> attachments, List<Note> notes,
                     NewTicket.TmfFields tmf) {

    /** One of the six steps: {@code recorded} false while nobody recorded it. */
    public record Step(HandlingStep step, boolean recorded, String note, Instant recordedAt, String recordedBy) {
    }

    public record Attachment(long id, String fileName, String contentType, long sizeBytes, Instant addedAt) {
    }

    public record Note(long id, String author, String text, Instant at) {
    }

    public record HistoryEntry(long id, Instant at, String actor, String action, String detail) {
    }

    public boolean paused() {
        return status == TicketStatus.WAITING_CUSTOMER;
    }
}
