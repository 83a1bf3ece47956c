package io.manyi.loyalty;

/** A row of the account list: number (masked unless the reader may see it), balance, eligibility. */
public record AccountListItem(String msisdn, long balance, long qualifyingThisCycle, long qualifyingPreviousCycle,
                              boolean eligible) {
}
