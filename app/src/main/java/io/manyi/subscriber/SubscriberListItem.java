package io.manyi.subscriber;

/**
 * A subscriber in a list or search result, masked for the reader.
 *
 * @param ref      opaque reference for links to the 360 view (works where the number is masked)
 * @param manager  username of the assigned phone manager, if any
 */
public record SubscriberListItem(String msisdn, String ref, String name, String brand, String planCode, String plan,
                                 String city, String district, String status, String manager) {
}
