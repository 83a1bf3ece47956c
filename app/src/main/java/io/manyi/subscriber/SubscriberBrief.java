package io.manyi.subscriber;

/** A subscriber in one line, for a desk that looks a number up: the name as the reader's role may see it. */
public record SubscriberBrief(String name, String brand, String city) {
}
