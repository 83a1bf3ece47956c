package io.manyi.campaigns;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Which moments a campaign acts on: their types, and optional filters on the subscriber (null or
 * empty: any). Star level, value segment and churn probability are the latest known (the last
 * assessment and the last scored month); a subscriber with none fails a filter on it.
 */
public record TargetRule(List<String> momentTypes, List<Integer> starLevels, List<String> brands, List<String> cities,
                         List<String> valueSegments, Double minChurnProbability) {

    static final Set<String> SEGMENTS = Set.of("HIGH", "MID", "LOW");

    public TargetRule {
        momentTypes = momentTypes == null ? List.of() : List.copyOf(momentTypes);
        starLevels = empty(starLevels);
        brands = empty(brands);
        cities = empty(cities);
        valueSegments = empty(valueSegments);
    }

    private static <T> List<T> empty(List<T> values) {
        return values == null || values.isEmpty() ? null : List.copyOf(values);
    }

    /** What is wrong with the rule; {@code knownTypes} are the catalog's codes. */
    public List<String> problems(Set<String> knownTypes) {
        List<String> problems = new ArrayList<>();
        if (momentTypes.isEmpty()) {
            problems.add("name at least one moment type");
        }
        momentTypes.stream().filter(t -> !knownTypes.contains(t)).forEach(t -> problems.add("unknown moment type " + t));
        if (starLevels != null && starLevels.stream().anyMatch(s -> s == null || s < 0 || s > 5)) {
            problems.add("star levels are 0 to 5");
        }
        if (valueSegments != null && !SEGMENTS.containsAll(valueSegments)) {
            problems.add("value segments are HIGH, MID, LOW");
        }
        if (minChurnProbability != null && (minChurnProbability < 0 || minChurnProbability > 1)) {
            problems.add("minChurnProbability must be between 0 and 1");
        }
        return problems;
    }
}
