package io.manyi.tier;

/** The GoTone VIP cards, lowest first. */
public enum VipCard {
    SILVER, GOLD, DIAMOND
}
