package io.manyi.subscriber.internal;

/** A search hit as stored, unmasked. */
public record SubscriberListRow(String msisdn, String name, String brand, String planCode, String planName,
                                String city, String district, String status, String manager) {
}
