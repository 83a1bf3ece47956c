package io.manyi.tier;

import java.time.YearMonth;
import java.util.List;

/**
 * The outcome of assessing one subscriber for one month.
 *
 * @param stars          the level in force after this month
 * @param candidateStars the level the score alone reaches
 * @param previousStars  the level before, or null at a subscriber's first assessment
 * @param monthsBelow    consecutive months the candidate has been below the level in force
 * @param averageSpendFen the average monthly spend of the months on record (fen), also the ARPU of value segments
 */
public record StarAssessment(String msisdn, YearMonth month, int stars, int candidateStars, Integer previousStars,
                             int monthsBelow, ScoreParts parts, long averageSpendFen, List<Reason> reasons) {

    public StarAssessment {
        reasons = List.copyOf(reasons);
    }

    public int score() {
        return parts.total();
    }

    /** True when the level in force moved (a first assessment is not a change). */
    public boolean changed() {
        return previousStars != null && previousStars != stars;
    }

    public StarState state() {
        return new StarState(stars, monthsBelow);
    }
}
