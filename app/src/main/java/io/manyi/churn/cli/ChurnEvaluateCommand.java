package io.manyi.churn.cli;

import io.manyi.churn.model.CsvTable;
import io.manyi.churn.model.FeatureMatrix;
import io.manyi.churn.model.GradientBoostedModel;
import io.manyi.churn.model.LabelMapping;
import io.manyi.churn.model.Metrics;
import io.manyi.churn.model.ModelFile;
import io.manyi.churn.model.TabularCsv;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code churn evaluate}: the model's metrics on rows it did not train on; the last line is JSON. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Score a labelled CSV with a model and report how good it is.",
                "The last line is one JSON object (rows, auc, prAuc, topDecileLift, accuracy, precision, recall, f1,",
                "logLoss, brier, threshold)."})
public final class ChurnEvaluateCommand implements Callable<Integer> {

    @Option(names = "--model", required = true, paramLabel = "MODEL", description = "A model file from `churn train`.")
    Path model;

    @Option(names = "--csv", required = true, paramLabel = "TEST.csv", description = "Labelled rows the model did not train on.")
    Path csv;

    @Option(names = "--target", required = true, paramLabel = "COLUMN", description = "The churned / not churned column.")
    String target;

    @Override
    public Integer call() throws Exception {
        PrintStream out = System.out;
        try (GradientBoostedModel loaded = ModelFile.load(model)) {
            CsvTable table = CsvTable.read(csv);
            int targetColumn = table.requireColumn(target, "target");
            int[] all = labels(loaded, table, targetColumn);
            int[] kept = IntStream.range(0, all.length).filter(i -> all[i] >= 0).toArray();
            FeatureMatrix matrix = loaded.schema().encode(table).select(kept);
            int[] labels = IntStream.of(kept).map(i -> all[i]).toArray();
            if (labels.length == 0) {
                throw new IllegalArgumentException(csv + ": no row has a target value");
            }
            Metrics metrics = Metrics.of(loaded.probabilities(matrix), labels, loaded.threshold());
            out.printf("Model %s (trained on %s) evaluated on %s%s%n", model,
                    loaded.metadata().getOrDefault("trainingFile", "?"), csv,
                    kept.length < all.length ? " (" + (all.length - kept.length) + " rows without a target left out)" : "");
            MetricsReport.print(out, metrics);
            out.println(MetricsReport.json(metrics));
        }
        return 0;
    }

    /** The model's own label encoding when this file uses it, else the one detected here. */
    private static int[] labels(GradientBoostedModel model, CsvTable table, int targetColumn) {
        String positive = model.metadata().get("positiveLabel");
        String negative = model.metadata().get("negativeLabel");
        if (positive != null && negative != null) {
            try {
                return TabularCsv.labels(table, targetColumn, new LabelMapping(positive, negative));
            } catch (IllegalArgumentException differentEncoding) {
                // fall through: detect this file's encoding
            }
        }
        java.util.List<String> cells = table.rows().stream().map(r -> r[targetColumn]).toList();
        LabelMapping mapping = LabelMapping.detect(table.source(), table.header().get(targetColumn), cells);
        return TabularCsv.labels(table, targetColumn, mapping);
    }
}
