package io.manyi.churn.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Makes sense of an arbitrary subscriber CSV with no per-dataset code: which column is the
 * target, which is an id, which columns are numeric or categorical, which are left out and why.
 * The result is a {@link FeatureSchema} that encodes this file and, later, any file with the same
 * columns.
 */
public final class TabularCsv {

    /** Share of non-missing cells that must parse as numbers for a column to be numeric. */
    static final double NUMERIC_SHARE = 0.98;
    /** A text column with more levels than this, and more than 5% of its rows distinct, is free text or an id. */
    static final int MAX_LEVELS = 100;

    private static final Pattern ID_NAME = Pattern.compile(
            "(?i).*(\\bid\\b|id$|^id|_id|customer.?id|row.?num|phone|msisdn|mobile.?number|account.?number|^unnamed|^index$).*");

    /** What was found in a training file. */
    public record Detection(FeatureSchema schema, int targetColumn, LabelMapping labels, String idColumn,
                            List<String> notes) {
    }

    private TabularCsv() {
    }

    public static Detection detect(CsvTable table, String target, String id) {
        int targetColumn = table.requireColumn(target, "target");
        List<String> notes = new ArrayList<>();
        List<String> targetCells = new ArrayList<>(table.size());
        for (String[] row : table.rows()) {
            targetCells.add(row[targetColumn]);
        }
        LabelMapping labels = LabelMapping.detect(table.source(), table.header().get(targetColumn), targetCells);
        String idColumn = null;
        if (id != null) {
            idColumn = table.header().get(table.requireColumn(id, "id"));
        }
        List<FeatureColumn> features = new ArrayList<>();
        for (int c = 0; c < table.header().size(); c++) {
            String name = table.header().get(c);
            if (c == targetColumn || name.equals(idColumn)) {
                continue;
            }
            ColumnStats stats = ColumnStats.of(table, c);
            if (stats.nonMissing == 0) {
                notes.add("excluded \"" + name + "\": every value is missing");
            } else if (stats.distinct.size() == 1 && stats.missing == 0) {
                notes.add("excluded \"" + name + "\": the same value on every row");
            } else if (looksLikeId(name, stats)) {
                if (idColumn == null && id == null) {
                    idColumn = name;
                    notes.add("id column: \"" + name + "\" (guessed from its name and unique values; --id overrides)");
                } else {
                    notes.add("excluded \"" + name + "\": an identifier (unique on every row)");
                }
            } else if (stats.numeric >= NUMERIC_SHARE * stats.nonMissing) {
                features.add(FeatureColumn.numeric(name));
                if (stats.numeric < stats.nonMissing) {
                    notes.add("\"%s\": %d values that are not numbers read as missing"
                            .formatted(name, stats.nonMissing - stats.numeric));
                }
            } else if (stats.distinct.size() > MAX_LEVELS && stats.distinct.size() > 0.05 * stats.nonMissing) {
                notes.add("excluded \"%s\": free text or an identifier (%d distinct values)"
                        .formatted(name, stats.distinct.size()));
            } else {
                features.add(FeatureColumn.categorical(name, stats.levelsByFrequency()));
            }
        }
        if (features.isEmpty()) {
            throw new IllegalArgumentException(table.source() + ": no usable feature columns besides the target");
        }
        return new Detection(new FeatureSchema(features), targetColumn, labels, idColumn, notes);
    }

    private static boolean looksLikeId(String name, ColumnStats stats) {
        boolean unique = stats.distinct.size() >= 0.95 * stats.nonMissing && stats.nonMissing > 20;
        return unique && (ID_NAME.matcher(name).matches() || name.isBlank()
                || stats.numeric < stats.nonMissing && stats.distinct.size() == stats.nonMissing);
    }

    /** Counts of one column, enough to decide its kind. */
    private static final class ColumnStats {
        int missing;
        int nonMissing;
        int numeric;
        final Map<String, Integer> distinct = new HashMap<>();

        static ColumnStats of(CsvTable table, int column) {
            ColumnStats stats = new ColumnStats();
            for (String[] row : table.rows()) {
                String cell = row[column];
                if (Cells.isMissing(cell)) {
                    stats.missing++;
                    continue;
                }
                stats.nonMissing++;
                if (!Double.isNaN(Cells.number(cell))) {
                    stats.numeric++;
                }
                stats.distinct.merge(Cells.level(cell), 1, Integer::sum);
            }
            return stats;
        }

        /** Levels most frequent first, ties by name, so the dictionary does not depend on row order. */
        List<String> levelsByFrequency() {
            List<String> levels = new ArrayList<>(distinct.keySet());
            levels.sort((a, b) -> {
                int byCount = Integer.compare(distinct.get(b), distinct.get(a));
                return byCount != 0 ? byCount : a.compareTo(b);
            });
            return levels;
        }
    }

    /** The rows' labels (1, 0, or -1 where the target cell is missing). */
    public static int[] labels(CsvTable table, int targetColumn, LabelMapping mapping) {
        int[] labels = new int[table.size()];
        String name = table.header().get(targetColumn);
        for (int r = 0; r < labels.length; r++) {
            labels[r] = mapping.encode(table.rows().get(r)[targetColumn],
                    "%s line %d, column \"%s\"".formatted(table.source(), table.lines()[r], name));
        }
        return labels;
    }
}
