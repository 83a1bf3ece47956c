package io.manyi.churn.model;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Fast scoring in Java over a {@link TreeEnsemble}: raw scores, calibrated probabilities and
 * path-attribution reasons, over blocks of rows on several threads. Per row it allocates
 * nothing: each block reuses one contribution buffer, results go into arrays sized once.
 * Exact TreeSHAP stays on {@link GradientBoostedModel#contributions} (LightGBM, slow) for the
 * model report and analysts.
 */
public final class Scorer {

    /** Rows per unit of work: large enough that handing out blocks costs nothing, small enough to balance. */
    private static final int BLOCK = 4_096;
    /** Rows that walk a tree one after another while its nodes are in the first-level cache. */
    private static final int BATCH = 64;

    private final TreeEnsemble ensemble;
    private final Calibration calibration;
    private final List<FeatureColumn> columns;
    private final int threads;

    public Scorer(TreeEnsemble ensemble, Calibration calibration, List<FeatureColumn> columns, int threads) {
        if (ensemble.features() > columns.size()) {
            throw new IllegalArgumentException("the trees use " + ensemble.features() + " features, the schema has "
                    + columns.size());
        }
        this.ensemble = ensemble;
        this.calibration = calibration;
        this.columns = List.copyOf(columns);
        this.threads = Math.max(1, threads);
    }

    public double[] rawScores(FeatureMatrix matrix) {
        check(matrix);
        int width = matrix.width();
        float[] values = matrix.values();
        double[] out = new double[matrix.rows()];
        forBlocks(matrix.rows(), (start, end) -> {
            for (int r = start; r < end; r += BATCH) {
                ensemble.rawScores(values, width, r, Math.min(end, r + BATCH), out, r);
            }
        });
        return out;
    }

    public double[] probabilities(FeatureMatrix matrix) {
        double[] raw = rawScores(matrix);
        for (int i = 0; i < raw.length; i++) {
            raw[i] = calibration.probability(raw[i]);
        }
        return raw;
    }

    /**
     * Path-attribution contributions in {@link GradientBoostedModel#contributions}'s layout:
     * {@code width + 1} values a row, the last the expected raw score; a row sums to its raw score.
     */
    public double[] pathContributions(FeatureMatrix matrix) {
        check(matrix);
        int width = matrix.width();
        float[] values = matrix.values();
        double[] out = new double[matrix.rows() * (width + 1)];
        double expected = ensemble.expectedValue();
        forBlocks(matrix.rows(), (start, end) -> {
            double[] raw = new double[BATCH];
            for (int r = start; r < end; r += BATCH) {
                int to = Math.min(end, r + BATCH);
                double[] slice = new double[(to - r) * (width + 1)];
                ensemble.pathContributions(values, width, r, to, slice, width + 1, raw, 0);
                for (int k = 0; k < to - r; k++) {
                    slice[k * (width + 1) + width] = expected;
                }
                System.arraycopy(slice, 0, out, r * (width + 1), slice.length);
            }
        });
        return out;
    }

    /** Probabilities and the top {@code reasonCount} reason features of every row. */
    public ScoredRows score(FeatureMatrix matrix, int reasonCount) {
        check(matrix);
        int rows = matrix.rows();
        int width = matrix.width();
        float[] values = matrix.values();
        double[] probabilities = new double[rows];
        double[] raw = new double[rows];
        int[] features = new int[rows * reasonCount];
        double[] contributions = new double[rows * reasonCount];
        forBlocks(rows, (start, end) -> {
            double[] buffer = new double[BATCH * width];
            for (int r = start; r < end; r += BATCH) {
                int to = Math.min(end, r + BATCH);
                Arrays.fill(buffer, 0);
                ensemble.pathContributions(values, width, r, to, buffer, width, raw, r);
                for (int k = r; k < to; k++) {
                    probabilities[k] = calibration.probability(raw[k]);
                    Reasons.pick(buffer, (k - r) * width, width, reasonCount, features, contributions, k * reasonCount);
                }
            }
        });
        return new ScoredRows(rows, reasonCount, probabilities, raw, features, contributions);
    }

    public TreeEnsemble ensemble() {
        return ensemble;
    }

    private void check(FeatureMatrix matrix) {
        if (!matrix.columns().equals(columns)) {
            throw new IllegalArgumentException("the matrix's columns are not the model's: encode it with the model's schema");
        }
    }

    @FunctionalInterface
    private interface BlockTask {
        void run(int start, int end);
    }

    /** Runs the task over blocks of rows on up to {@code threads} threads; the caller's thread works too. */
    private void forBlocks(int rows, BlockTask task) {
        int blocks = (rows + BLOCK - 1) / BLOCK;
        int workers = Math.min(threads, blocks);
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable work = () -> {
            try {
                for (int b = next.getAndIncrement(); b < blocks && failure.get() == null; b = next.getAndIncrement()) {
                    task.run(b * BLOCK, Math.min(rows, (b + 1) * BLOCK));
                }
            } catch (Throwable t) {
                failure.compareAndSet(null, t);
            }
        };
        Thread[] helpers = new Thread[Math.max(0, workers - 1)];
        for (int i = 0; i < helpers.length; i++) {
            helpers[i] = Thread.ofPlatform().name("churn-scorer-" + i).daemon().start(work);
        }
        work.run();
        for (Thread helper : helpers) {
            try {
                helper.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while scoring", e);
            }
        }
        Throwable t = failure.get();
        if (t instanceof RuntimeException e) {
            throw e;
        }
        if (t instanceof Error e) {
            throw e;
        }
    }
}
