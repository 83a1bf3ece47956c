package io.manyi.subscriber.internal;

import io.manyi.subscriber.SubscriberView.Plan;
import java.time.LocalDate;

/** A subscriber as stored, unmasked: only the service that masks it may hand it on. */
public record SubscriberRow(String msisdn, String name, String idNumber, String gender, LocalDate birthDate,
                            String city, String district, String brand, Plan plan, LocalDate activatedOn,
                            String status, String numberType, LocalDate contractEnd, LocalDate cancelledOn) {
}
