package io.manyi.churn.model;

import java.util.List;

/**
 * The model's input: {@code rows × columns} floats, row-major, NaN for missing; categorical
 * columns hold level indexes of their {@link FeatureColumn}. This is the hand-over point between
 * whatever computes features (an analyst's CSV, the monthly pipeline) and the model.
 */
public record FeatureMatrix(List<FeatureColumn> columns, float[] values, int rows) {

    public FeatureMatrix {
        columns = List.copyOf(columns);
        if (values.length != (long) rows * columns.size()) {
            throw new IllegalArgumentException("values hold " + values.length + " floats, expected "
                    + rows + " rows × " + columns.size() + " columns");
        }
    }

    public int width() {
        return columns.size();
    }

    public float get(int row, int column) {
        return values[row * columns.size() + column];
    }

    /** The rows at the given indexes, in that order, as a new matrix. */
    public FeatureMatrix select(int[] rowIndexes) {
        int width = width();
        float[] selected = new float[rowIndexes.length * width];
        for (int i = 0; i < rowIndexes.length; i++) {
            System.arraycopy(values, rowIndexes[i] * width, selected, i * width, width);
        }
        return new FeatureMatrix(columns, selected, rowIndexes.length);
    }

    int[] categoricalIndexes() {
        return java.util.stream.IntStream.range(0, columns.size())
                .filter(i -> columns.get(i).categorical()).toArray();
    }
}
