package io.manyi.churn.cli;

import io.manyi.churn.model.CsvTable;
import io.manyi.churn.model.FeatureColumn;
import io.manyi.churn.model.FeatureMatrix;
import io.manyi.churn.model.GradientBoostedModel;
import io.manyi.churn.model.ModelFile;
import io.manyi.churn.model.ModelTraining;
import io.manyi.churn.model.TabularCsv;
import io.manyi.churn.model.TrainingOptions;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code churn train}: detects the columns, trains with the defaults, writes one model file. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train a churn model on a CSV with one row per subscriber and write it to --model.")
public final class ChurnTrainCommand implements Callable<Integer> {

    @Option(names = "--csv", required = true, paramLabel = "TRAIN.csv", description = "Training rows (UTF-8 CSV with a header).")
    Path csv;

    @Option(names = "--target", required = true, paramLabel = "COLUMN", description = "The churned / not churned column.")
    String target;

    @Option(names = "--id", paramLabel = "COLUMN", description = "An id column kept out of the features (guessed when absent).")
    String id;

    @Option(names = "--model", required = true, paramLabel = "MODEL", description = "Where to write the model file.")
    Path model;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the split and of LightGBM (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws Exception {
        PrintStream out = System.out;
        CsvTable table = CsvTable.read(csv);
        out.printf("Read %s: %d rows, %d columns%n", csv, table.size(), table.header().size());
        TabularCsv.Detection detection = TabularCsv.detect(table, target, id);
        int[] allLabels = TabularCsv.labels(table, detection.targetColumn(), detection.labels());
        int[] kept = IntStream.range(0, allLabels.length).filter(i -> allLabels[i] >= 0).toArray();
        int[] labels = IntStream.of(kept).map(i -> allLabels[i]).toArray();
        FeatureMatrix matrix = detection.schema().encode(table);
        if (kept.length < allLabels.length) {
            matrix = matrix.select(kept);
            out.printf("Left out %d rows whose target is missing%n", allLabels.length - kept.length);
        }
        int churned = IntStream.of(labels).sum();
        String targetName = table.header().get(detection.targetColumn());
        out.printf("Target: %s (churned = \"%s\", not churned = \"%s\"): %d churned (%.1f%%), %d not%n", targetName,
                detection.labels().positive(), detection.labels().negative(), churned, 100.0 * churned / labels.length,
                labels.length - churned);
        out.printf("Id column: %s%n", detection.idColumn() == null ? "none (scores use row numbers)" : detection.idColumn());
        List<FeatureColumn> columns = detection.schema().columns();
        long categorical = detection.schema().categoricalCount();
        out.printf("Features: %d (%d numeric, %d categorical)%n", columns.size(), columns.size() - categorical, categorical);
        out.println("  numeric: " + String.join(", ", columns.stream().filter(c -> !c.categorical()).map(FeatureColumn::name).toList()));
        out.println("  categorical: " + String.join(", ", columns.stream().filter(FeatureColumn::categorical)
                .map(c -> c.name() + " (" + c.levels().size() + ")").toList()));
        detection.notes().forEach(note -> out.println("Note: " + note));

        TrainingOptions options = TrainingOptions.defaults(labels.length).withSeed(seed);
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("target", targetName);
        metadata.put("positiveLabel", detection.labels().positive());
        metadata.put("negativeLabel", detection.labels().negative());
        if (detection.idColumn() != null) {
            metadata.put("idColumn", detection.idColumn());
        }
        metadata.put("trainingFile", csv.getFileName().toString());
        metadata.put("seed", String.valueOf(seed));
        try (GradientBoostedModel trained = ModelTraining.withRandomSplit(matrix, labels, options);
             GradientBoostedModel described = trained.withMetadata(metadata)) {
            Map<String, String> m = described.metadata();
            out.printf("Trained: %s trees chosen by early stopping on %s held-out rows (stratified random %d%%)%s, %s s%n",
                    m.get("bestRounds"), m.get("validationRows"), Math.round(options.validationShare() * 100),
                    m.containsKey("refitRounds") ? "; then refit on all " + m.get("refitRows") + " rows with "
                            + m.get("refitRounds") + " trees" : "", m.get("trainingSeconds"));
            out.println("Validation (held-out rows, calibrated probabilities):");
            MetricsReport.print(out, described.validation());
            ModelFile.save(described, model);
            out.println("Model written to " + model);
        }
        return 0;
    }
}
