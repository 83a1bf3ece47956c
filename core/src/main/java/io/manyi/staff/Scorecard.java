package io.manyi.staff;

import java.util.List;
import java.util.Map;

/**
 * An employee's month: each component's 0-100 score with its weight and the figures behind it, and
 * the total. The total is the weighted mean of the components that have a score: a component
 * without figures (no mystery shopper came this month) is left out and the other weights count
 * proportionally more, rather than scoring the employee zero for something nobody measured.
 */
public record Scorecard(List<Line> lines, Double total) {

    /** One component: {@code score} null when there were no figures; {@code share} its part of the total (0-1). */
    public record Line(StaffRole.Component component, Double score, double weight, double share, Map<String, Object> figures) {
    }

    /** A component's score and figures before weighting. */
    public record Measured(StaffRole.Component component, Double score, Map<String, Object> figures) {
    }

    public static Scorecard of(List<Measured> measured, StaffWeights weights) {
        double weightWithScores = 0;
        for (Measured m : measured) {
            if (m.score() != null) {
                weightWithScores += weights.weight(m.component());
            }
        }
        double weighted = 0;
        List<Line> lines = new java.util.ArrayList<>();
        for (Measured m : measured) {
            double weight = weights.weight(m.component());
            double share = m.score() == null || weightWithScores == 0 ? 0 : weight / weightWithScores;
            if (m.score() != null) {
                weighted += share * m.score();
            }
            lines.add(new Line(m.component(), m.score() == null ? null : round1(m.score()), weight, share, m.figures()));
        }
        return new Scorecard(List.copyOf(lines), weightWithScores == 0 ? null : round1(weighted));
    }

    /** One decimal, as scores are shown and stored. */
    public static double round1(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
