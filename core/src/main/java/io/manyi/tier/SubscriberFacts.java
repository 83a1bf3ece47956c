package io.manyi.tier;

import java.time.LocalDate;
import java.util.List;

/** A subscriber's facts for one assessment: who, since when, and the months of the last year, oldest first. */
public record SubscriberFacts(String msisdn, String brand, String city, LocalDate activatedOn, List<MonthFacts> months) {
}
