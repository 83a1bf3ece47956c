package io.manyi.complaints;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A ticket as the API and pages show it; {@code msisdn} already masked for the reader.
 * {@code department} owns the ticket's cause (its category's department); {@code handlingDepartment}
 * is the team working it (the cause's owner until a transfer) and {@code assignee} the agent, if any.
 */
public record Ticket(long id, String complaintId, String msisdn, Channel channel, String category,
                     String categoryName, String department, Severity severity, TicketStatus status,
                     String description, int stars, Instant openedAt, Instant statusChangedAt, Instant lastUpdate,
                     Instant closedAt, long slaMinutes, Instant slaDueAt, Instant slaWarnedAt, Instant slaBreachedAt,
                     int escalationLevel, Long repeatOf, Map<String, Object> remedy, Map<String, Object> agreement,
                     String createdBy, List<Step> steps, List<Attachment> attachments, List<Note> notes,
                     NewTicket.TmfFields tmf, String handlingDepartment, String assignee) {

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

    /** A complaint that came through the regulator (申诉, e.g. MIIT's appeal centre): its own SLA and figure. */
    public boolean appeal() {
        return channel == Channel.REGULATOR;
    }

    /** The same ticket with other steps, attachments and notes. */
    public Ticket with(List<Step> steps, List<Attachment> attachments, List<Note> notes) {
        return new Ticket(id, complaintId, msisdn, channel, category, categoryName, department, severity, status, description,
                stars, openedAt, statusChangedAt, lastUpdate, closedAt, slaMinutes, slaDueAt, slaWarnedAt, slaBreachedAt,
                escalationLevel, repeatOf, remedy, agreement, createdBy, steps, attachments, notes, tmf, handlingDepartment,
                assignee);
    }

    /** The same ticket with the number shown as given (masked for a reader). */
    public Ticket withMsisdn(String shown) {
        return new Ticket(id, complaintId, shown, channel, category, categoryName, department, severity, status, description,
                stars, openedAt, statusChangedAt, lastUpdate, closedAt, slaMinutes, slaDueAt, slaWarnedAt, slaBreachedAt,
                escalationLevel, repeatOf, remedy, agreement, createdBy, steps, attachments, notes, tmf, handlingDepartment,
                assignee);
    }
}
