package io.manyi.churn.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The model's columns, in order, and how a CSV's cells become a {@link FeatureMatrix}. */
public record FeatureSchema(List<FeatureColumn> columns) {

    public FeatureSchema {
        columns = List.copyOf(columns);
    }

    /** Encodes a table by column name: unseen categories and non-numbers become missing. */
    public FeatureMatrix encode(CsvTable table) {
        int width = columns.size();
        int[] sourceColumn = new int[width];
        List<String> absent = new ArrayList<>();
        List<Map<String, Integer>> codes = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            FeatureColumn column = columns.get(c);
            sourceColumn[c] = table.columnIndex(column.name());
            if (sourceColumn[c] < 0) {
                absent.add(column.name());
            }
            Map<String, Integer> code = new HashMap<>();
            for (int l = 0; l < column.levels().size(); l++) {
                code.put(column.levels().get(l), l);
            }
            codes.add(code);
        }
        if (!absent.isEmpty()) {
            throw new IllegalArgumentException("%s: the model needs the column(s) %s; the file has: %s"
                    .formatted(table.source(), String.join(", ", absent), String.join(", ", table.header())));
        }
        float[] values = new float[table.size() * width];
        for (int r = 0; r < table.size(); r++) {
            String[] row = table.rows().get(r);
            int base = r * width;
            for (int c = 0; c < width; c++) {
                String cell = row[sourceColumn[c]];
                if (columns.get(c).categorical()) {
                    Integer code = Cells.isMissing(cell) ? null : codes.get(c).get(Cells.level(cell));
                    values[base + c] = code == null ? Float.NaN : code;
                } else {
                    values[base + c] = (float) Cells.number(cell);
                }
            }
        }
        return new FeatureMatrix(columns, values, table.size());
    }

    public long categoricalCount() {
        return columns.stream().filter(FeatureColumn::categorical).count();
    }
}
