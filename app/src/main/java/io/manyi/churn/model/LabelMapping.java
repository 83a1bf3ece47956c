package io.manyi.churn.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which value of the target column means "churned". Recognises the encodings public churn
 * datasets use (Yes/No, True/False, "True."/"False.", 1/0, churned/active, Churn/No churn, y/n,
 * Exited/Stayed...), case-insensitively; refuses, naming the values found, when it cannot tell.
 */
public record LabelMapping(String positive, String negative) {

    private static final Set<String> POSITIVE = Set.of("yes", "y", "true", "t", "1", "1.0", "churn", "churned",
            "churner", "left", "leave", "exited", "exit", "lost", "gone", "cancelled", "canceled", "positive", "pos");
    private static final Set<String> NEGATIVE = Set.of("no", "n", "false", "f", "0", "0.0", "no churn", "not churned",
            "nochurn", "non-churner", "active", "stayed", "stay", "retained", "remained", "current", "existing",
            "existing customer", "negative", "neg");

    /** Detects the mapping from the target column's cells (missing cells are ignored). */
    public static LabelMapping detect(String source, String column, List<String> cells) {
        Map<String, String> distinct = new LinkedHashMap<>(); // normalised -> as written
        for (String cell : cells) {
            if (!Cells.isMissing(cell)) {
                String raw = cell.strip();
                distinct.putIfAbsent(normalise(raw), raw);
                if (distinct.size() > 2) {
                    break;
                }
            }
        }
        if (distinct.size() != 2) {
            Set<String> shown = new TreeSet<>();
            for (String cell : cells) {
                if (!Cells.isMissing(cell) && shown.size() < 10) {
                    shown.add(cell.strip());
                }
            }
            throw new IllegalArgumentException(("%s: the target column \"%s\" must have exactly two values"
                    + " (churned / not churned); found %s").formatted(source, column,
                    shown.isEmpty() ? "no values" : String.join(", ", shown) + (distinct.size() > 2 ? ", ..." : "")));
        }
        String positive = null;
        String negative = null;
        for (String key : distinct.keySet()) {
            if (POSITIVE.contains(key)) {
                positive = key;
            } else if (NEGATIVE.contains(key)) {
                negative = key;
            }
        }
        if (positive == null || negative == null || positive.equals(negative)) {
            throw new IllegalArgumentException(("%s: cannot tell which value of the target column \"%s\" means"
                    + " churned: found %s. Use an encoding such as Yes/No, True/False, 1/0 or churned/active")
                    .formatted(source, column, String.join(" and ", distinct.values())));
        }
        return new LabelMapping(distinct.get(positive), distinct.get(negative));
    }

    /** 1 for churned, 0 for not, -1 for a missing cell; an unknown value is an error naming line and column. */
    public int encode(String cell, String where) {
        if (Cells.isMissing(cell)) {
            return -1;
        }
        String key = normalise(cell.strip());
        if (key.equals(normalise(positive))) {
            return 1;
        }
        if (key.equals(normalise(negative))) {
            return 0;
        }
        throw new IllegalArgumentException(where + ": target value \"" + cell.strip() + "\" is neither \""
                + positive + "\" (churned) nor \"" + negative + "\" (not churned)");
    }

    private static String normalise(String value) {
        String s = value.toLowerCase(Locale.ROOT).strip();
        while (s.endsWith(".") && s.length() > 1 && !s.matches("\\d+\\.")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.matches("\\d+\\.")) {
            s = s.substring(0, s.length() - 1);
        }
        return s.replace('_', ' ');
    }
}
