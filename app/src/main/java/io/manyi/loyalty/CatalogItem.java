package io.manyi.loyalty;

import java.time.LocalDate;

/** A reward: {@code stock} null means unlimited, {@code limitPerSubscriber} null means no limit. */
public record CatalogItem(String code, String nameZh, String nameEn, String kind, long costPoints, Integer stock,
                          Integer limitPerSubscriber, LocalDate validFrom, LocalDate validTo) {

    public boolean validOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
    }
}
