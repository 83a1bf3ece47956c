package io.manyi.tier;

/**
 * One step of a banded rule: {@code points} for a value past {@code bound}. Whether "past" means
 * at least (tenure, spend) or at most (spend variation) is the rule's, see {@link StarRules}.
 */
public record Band(double bound, int points) {
}
