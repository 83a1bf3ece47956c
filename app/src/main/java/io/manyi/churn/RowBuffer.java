package io.manyi.churn;

import io.manyi.churn.model.FeatureColumn;
import io.manyi.churn.model.FeatureMatrix;
import java.util.Arrays;
import java.util.List;

/** Growable feature rows with their labels (and, when asked, the subscriber of each row). */
final class RowBuffer {

    private final int width;
    private final boolean keepIds;
    private float[] values;
    private int[] labels;
    private String[] ids;
    private int rows;

    RowBuffer(int width, int capacity, boolean keepIds) {
        this.width = width;
        this.keepIds = keepIds;
        this.values = new float[Math.max(1, capacity) * width];
        this.labels = new int[Math.max(1, capacity)];
        this.ids = keepIds ? new String[Math.max(1, capacity)] : null;
    }

    /** Room for one more row; returns the offset to write its features at. */
    int add(int label, String id) {
        if (rows == labels.length) {
            int capacity = rows * 2;
            values = Arrays.copyOf(values, capacity * width);
            labels = Arrays.copyOf(labels, capacity);
            if (keepIds) {
                ids = Arrays.copyOf(ids, capacity);
            }
        }
        labels[rows] = label;
        if (keepIds) {
            ids[rows] = id;
        }
        return rows++ * width;
    }

    float[] values() {
        return values;
    }

    int rows() {
        return rows;
    }

    int[] labels() {
        return Arrays.copyOf(labels, rows);
    }

    String[] ids() {
        return keepIds ? Arrays.copyOf(ids, rows) : null;
    }

    FeatureMatrix matrix(List<FeatureColumn> columns) {
        return new FeatureMatrix(columns, Arrays.copyOf(values, rows * width), rows);
    }
}
