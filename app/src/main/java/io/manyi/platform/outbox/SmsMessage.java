package io.manyi.platform.outbox;

/**
 * A text message to one subscriber, in Chinese and English (the gateway picks by the
 * subscriber's language). {@code dedupKey} names the cause, e.g. {@code star-change:2026-10:13800138000},
 * so that re-running the step that produced it sends nothing twice.
 */
public record SmsMessage(String msisdn, String template, String bodyZh, String bodyEn, String dedupKey) {
}
