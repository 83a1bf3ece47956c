package io.manyi.tier;

/** How many subscribers of a brand had a star level and a VIP card (null: none) in a month. */
public record TierMixRow(String brand, int stars, String card, long subscribers) {
}
