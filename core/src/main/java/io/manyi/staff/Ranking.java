package io.manyi.staff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Ranks by score, highest first, overall and within each unit (hall or team). Equal scores share a
 * rank and the next rank skips (1, 2, 2, 4); equal scores are listed by name. Someone without a
 * score is listed last with no rank.
 */
public final class Ranking {

    private Ranking() {
    }

    /** {@code rank} and {@code unitRank} are null for an item without a score. */
    public record Ranked<T>(T item, Integer rank, Integer unitRank) {
    }

    public static <T> List<Ranked<T>> rank(List<T> items, Function<T, Double> score, Function<T, String> unit,
                                           Function<T, String> name) {
        Comparator<T> order = Comparator.comparing((T t) -> score.apply(t) == null ? Double.NEGATIVE_INFINITY : score.apply(t))
                .reversed().thenComparing(name);
        List<T> sorted = new ArrayList<>(items);
        sorted.sort(order);
        List<Ranked<T>> ranked = new ArrayList<>();
        Map<String, int[]> units = new HashMap<>(); // unit -> {position in the unit so far, its last rank}
        Map<String, Double> unitLastScore = new HashMap<>();
        int position = 0;
        Integer lastRank = null;
        Double lastScore = null;
        for (T item : sorted) {
            Double s = score.apply(item);
            if (s == null) {
                ranked.add(new Ranked<>(item, null, null));
                continue;
            }
            position++;
            int rank = lastScore != null && lastScore.equals(s) ? lastRank : position;
            lastRank = rank;
            lastScore = s;
            String u = String.valueOf(unit.apply(item));
            int[] state = units.computeIfAbsent(u, k -> new int[2]);
            state[0]++;
            Double previous = unitLastScore.get(u);
            state[1] = previous != null && previous.equals(s) ? state[1] : state[0];
            unitLastScore.put(u, s);
            ranked.add(new Ranked<>(item, rank, state[1]));
        }
        return List.copyOf(ranked);
    }
}
