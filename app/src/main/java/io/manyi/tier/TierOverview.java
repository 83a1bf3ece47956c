package io.manyi.tier;

import io.manyi.loyalty.PointsCycle;
import io.manyi.tier.internal.TierQueries;
import io.manyi.tier.internal.TierRuns;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The province's levels as the tier overview shows them: the latest assessed month, its mix and segments. */
@Component
public class TierOverview {

    private final TierQueries queries;
    private final TierRuns runs;

    public TierOverview(TierQueries queries, TierRuns runs) {
        this.queries = queries;
        this.runs = runs;
    }

    /** The latest month a tier run completed for; empty before the first. */
    public Optional<YearMonth> latestMonth() {
        return runs.latest();
    }

    /** Subscribers by brand, level and card in the month (the cards in force with its levels: the next month's cycle). */
    public List<TierMixRow> mix(YearMonth month) {
        return queries.mix(month);
    }

    /** The points cycle whose cards are in force with the levels assessed for {@code month}. */
    public static PointsCycle cardCycle(YearMonth month) {
        return PointsCycle.of(month.plusMonths(1));
    }

    /** Subscribers per value segment in the month, high value first. */
    public Map<String, Long> segments(YearMonth month) {
        Map<String, Long> counts = queries.segments(month);
        Map<String, Long> ordered = new java.util.LinkedHashMap<>();
        for (String segment : List.of("HIGH", "MID", "LOW")) {
            if (counts.containsKey(segment)) {
                ordered.put(segment, counts.get(segment));
            }
        }
        counts.forEach(ordered::putIfAbsent);
        return ordered;
    }
}
