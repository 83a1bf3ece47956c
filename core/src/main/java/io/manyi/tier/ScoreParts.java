package io.manyi.tier;

/** The four parts of a score, kept with every assessment so that a level can be explained and audited. */
public record ScoreParts(int tenure, int spend, int stability, int arrears) {

    public int total() {
        return tenure + spend + stability + arrears;
    }
}
