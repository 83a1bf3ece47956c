package io.manyi.tier;

/** Where the previous assessment left a subscriber: the level in force and how many months they have been below it. */
public record StarState(int stars, int monthsBelow) {
}
