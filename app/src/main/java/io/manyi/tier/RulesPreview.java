package io.manyi.tier;

import io.manyi.loyalty.PointsCycle;
import io.manyi.tier.internal.FactsCursor;
import io.manyi.tier.internal.TierRuns;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;

/**
 * What-if for analysts: proposed star rules applied to the facts of the latest assessed month,
 * from the same previous state the real assessment started from, compared with the level each
 * subscriber holds now. Reads only; saves nothing.
 */
@Service
public class RulesPreview {

    private final FactsCursor cursor;
    private final TierRuns runs;

    public RulesPreview(FactsCursor cursor, TierRuns runs) {
        this.cursor = cursor;
        this.runs = runs;
    }

    /** How many would move; {@code held} counts those whose score falls below their level but who keep it for now. */
    public record Moves(long up, long down, long held, long same) {

        Moves plus(int move) {
            return new Moves(up + (move == UP ? 1 : 0), down + (move == DOWN ? 1 : 0), held + (move == HELD ? 1 : 0),
                    same + (move == SAME ? 1 : 0));
        }

        public long total() {
            return up + down + held + same;
        }
    }

    /**
     * @param levelsNow      subscribers at 0-5 stars now
     * @param levelsProposed subscribers at 0-5 stars under the proposed rules
     */
    public record Result(YearMonth month, Moves total, Map<String, Moves> byBrand, Map<String, Moves> byCity,
                         List<Long> levelsNow, List<Long> levelsProposed, double seconds) {
    }

    private static final int UP = 0;
    private static final int DOWN = 1;
    private static final int HELD = 2;
    private static final int SAME = 3;

    /**
     * @throws InvalidTierRules when the proposed rules cannot be used
     * @throws TierRunRefused   when no month has been assessed yet
     */
    public Result preview(StarRules proposed) {
        List<String> problems = proposed == null ? List.of("no rules given") : proposed.problems();
        if (!problems.isEmpty()) {
            throw new InvalidTierRules(problems);
        }
        long started = System.nanoTime();
        YearMonth month = runs.latest()
                .orElseThrow(() -> new TierRunRefused("No month is assessed yet: run ./manyi tier assess first"));
        YearMonth previousMonth = runs.latestBefore(month).orElse(null);
        StarAssessor assessor = new StarAssessor(proposed);
        Moves[] total = {new Moves(0, 0, 0, 0)};
        Map<String, Moves> byBrand = new TreeMap<>();
        Map<String, Moves> byCity = new TreeMap<>();
        long[] now = new long[StarRules.MAX_STARS + 1];
        long[] then = new long[StarRules.MAX_STARS + 1];
        try {
            cursor.stream(month, previousMonth, PointsCycle.of(month).year(), row -> {
                if (row.currentStars() == null) {
                    return; // not assessed in that month (joined after the run)
                }
                StarAssessment a = assessor.assess(row.facts(), month, row.previous());
                int current = row.currentStars();
                int move = a.stars() > current ? UP : a.stars() < current ? DOWN
                        : a.candidateStars() < current ? HELD : SAME;
                total[0] = total[0].plus(move);
                byBrand.merge(row.facts().brand(), new Moves(0, 0, 0, 0).plus(move), RulesPreview::sum);
                byCity.merge(row.facts().city(), new Moves(0, 0, 0, 0).plus(move), RulesPreview::sum);
                now[current]++;
                then[a.stars()]++;
            });
        } catch (SQLException e) {
            throw new IllegalStateException("Preview failed: " + e.getMessage(), e);
        }
        return new Result(month, total[0], byBrand, byCity, java.util.Arrays.stream(now).boxed().toList(),
                java.util.Arrays.stream(then).boxed().toList(), (System.nanoTime() - started) / 1e9);
    }

    private static Moves sum(Moves a, Moves b) {
        return new Moves(a.up() + b.up(), a.down() + b.down(), a.held() + b.held(), a.same() + b.same());
    }
}
