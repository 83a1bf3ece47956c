package io.manyi.complaints;

import java.time.Instant;
import java.util.List;

/**
 * What an agent (or a TMF621 client) gives to open a ticket. {@code tmf} keeps what a TMF client
 * wrote so that it is echoed back as written; null for our own API.
 */
public record NewTicket(String msisdn, Channel channel, String category, Severity severity, String description,
                        List<Attachment> attachments, TmfFields tmf) {

    public NewTicket {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** Attachment metadata: the file itself stays in the document store it came from. */
    public record Attachment(String fileName, String contentType, long sizeBytes, String sha256) {
    }

    public record TmfFields(String name, String ticketType, String severity, String priority,
                            Instant requestedResolutionDate) {
    }
}
