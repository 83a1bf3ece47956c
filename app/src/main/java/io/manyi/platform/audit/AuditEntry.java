package io.manyi.platform.audit;

import java.time.Instant;

/** One line of the audit log: who did what to whom, when, in which request. */
public record AuditEntry(long id, Instant at, String actor, String action, String subject, String detail,
                         String requestId) {
}
