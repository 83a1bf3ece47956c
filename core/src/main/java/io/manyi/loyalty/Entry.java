package io.manyi.loyalty;

import java.time.LocalDate;

/**
 * The part of a ledger entry the rules need: its signed points and, for a credit, when those
 * points expire (null: never).
 */
public record Entry(EntryType type, long points, LocalDate expiresOn) {
}
