package io.manyi.platform.outbox;

import java.time.YearMonth;

/**
 * A fact another feature may react to. {@code type} is past tense ({@code StarLevelChanged});
 * {@code subject} is what it is about (usually an MSISDN); {@code payloadJson} a JSON object;
 * {@code dedupKey} makes publishing idempotent.
 */
public record DomainEvent(String type, String subject, YearMonth businessMonth, String payloadJson,
                          String dedupKey) {
}
