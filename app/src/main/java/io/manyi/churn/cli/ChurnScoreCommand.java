package io.manyi.churn.cli;

import io.manyi.churn.model.CsvTable;
import io.manyi.churn.model.FeatureMatrix;
import io.manyi.churn.model.FeatureNames;
import io.manyi.churn.model.GradientBoostedModel;
import io.manyi.churn.model.ModelFile;
import io.manyi.churn.model.Reasons;
import io.manyi.churn.model.ScoredRows;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code churn score}: one output row per input row: id, calibrated probability, top-3 reasons. */
@Command(name = "score", mixinStandardHelpOptions = true,
        description = "Score every row of a CSV: id (or row number), probability and the top-3 reasons.")
public final class ChurnScoreCommand implements Callable<Integer> {


    @Option(names = "--model", required = true, paramLabel = "MODEL", description = "A model file from `churn train`.")
    Path model;

    @Option(names = "--csv", required = true, paramLabel = "FILE.csv", description = "Rows to score (the target column may be absent).")
    Path csv;

    @Option(names = "--out", required = true, paramLabel = "SCORES.csv", description = "Where to write the scores.")
    Path outFile;

    @Option(names = "--id", paramLabel = "COLUMN", description = "The id column to copy (default: the model's id column when present, else row numbers).")
    String id;

    @Option(names = "--lang", defaultValue = "en", description = "Language of the reasons: en or zh (default: ${DEFAULT-VALUE}).")
    String lang;

    @Override
    public Integer call() throws Exception {
        FeatureNames.Language language = FeatureNames.Language.of(lang);
        try (GradientBoostedModel loaded = ModelFile.load(model)) {
            CsvTable table = CsvTable.read(csv);
            int idColumn = id != null ? table.requireColumn(id, "id")
                    : loaded.metadata().containsKey("idColumn") ? table.columnIndex(loaded.metadata().get("idColumn")) : -1;
            FeatureMatrix all = loaded.schema().encode(table);
            Reasons reasons = new Reasons(all.columns(), FeatureNames.columnNames(), language, 3);
            // Path-attribution reasons (the fast Java scorer): as cheap as the probability itself,
            // and three slots a row instead of one contribution per feature (docs/churn.md, Reasons).
            ScoredRows scored = loaded.scorer().score(all, 3);
            try (BufferedWriter out = Files.newBufferedWriter(outFile, StandardCharsets.UTF_8)) {
                out.write(csvField(idColumn >= 0 ? table.header().get(idColumn) : "row") + ",probability,reasons\n");
                for (int r = 0; r < all.rows(); r++) {
                    String key = idColumn >= 0 ? table.rows().get(r)[idColumn].strip() : String.valueOf(r + 1);
                    out.write(csvField(key));
                    out.write(',');
                    out.write(String.format(Locale.ROOT, "%.6f", scored.probabilities()[r]));
                    out.write(',');
                    out.write(csvField(String.join("; ", reasons.of(scored, all.values(), r))));
                    out.write('\n');
                }
            }
            System.out.printf("Scored %d rows of %s; wrote %s%n", all.rows(), csv, outFile);
        }
        return 0;
    }

    static String csvField(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
