package io.manyi.loyalty;

import java.time.LocalDate;

/** Points still unspent that expire on {@code expiresOn} (null: never). */
public record Lot(LocalDate expiresOn, long points) {
}
