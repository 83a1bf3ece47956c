package io.manyi.churn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.manyi.churn.SyntheticChurnCsv;
import io.manyi.churn.SyntheticChurnCsv.Shape;
import io.manyi.churn.model.CsvTable;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** train -> evaluate -> score on CSVs shaped like three public telecom churn datasets. */
class ChurnCliTest {

    record Run(int exitCode, String out, String err) {
    }

    static Run churn(String... args) {
        PrintStream stdout = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        java.io.StringWriter err = new java.io.StringWriter();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            CommandLine commandLine = new CommandLine(new ChurnCommand());
            commandLine.setErr(new java.io.PrintWriter(err));
            int code = commandLine.execute(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString());
        } finally {
            System.setOut(stdout);
        }
    }

    @ParameterizedTest
    @CsvSource({"TELCO, Churn, customerID, 3000", "BIGML, Churn, phone number, 3333", "BANK, Exited, RowNumber, 3000"})
    void trainsEvaluatesAndScoresWithoutPerDatasetCode(Shape shape, String target, String guessedId, int rows,
                                                       @TempDir Path dir) throws IOException {
        Path train = dir.resolve("train.csv");
        Path test = dir.resolve("test.csv");
        SyntheticChurnCsv.write(shape, train, rows, 11, false);
        SyntheticChurnCsv.write(shape, test, 1500, 12, true);
        Path model = dir.resolve("m.model");

        Run trained = churn("train", "--csv", train.toString(), "--target", target, "--model", model.toString());
        assertThat(trained.exitCode()).as(trained.err()).isZero();
        assertThat(trained.out()).contains("Id column: " + guessedId).contains("Model written to");

        Run evaluated = churn("evaluate", "--model", model.toString(), "--csv", test.toString(), "--target", target);
        assertThat(evaluated.exitCode()).as(evaluated.err()).isZero();
        List<String> lines = evaluated.out().lines().toList();
        JsonNode json = JsonMapper.builder().build().readTree(lines.get(lines.size() - 1));
        for (String field : List.of("rows", "auc", "prAuc", "topDecileLift", "accuracy", "f1", "precision", "recall",
                "logLoss", "brier", "threshold")) {
            assertThat(json.has(field)).as(field).isTrue();
        }
        assertThat(json.get("rows").asInt()).isEqualTo(1500);
        assertThat(json.get("auc").asDouble()).as(evaluated.out()).isGreaterThan(0.75);
        assertThat(json.get("topDecileLift").asDouble()).isGreaterThan(2);

        Path scores = dir.resolve("scores.csv");
        Run scored = churn("score", "--model", model.toString(), "--csv", test.toString(), "--out", scores.toString());
        assertThat(scored.exitCode()).as(scored.err()).isZero();
        CsvTable written = CsvTable.read(scores);
        assertThat(written.header()).containsExactly(guessedId, "probability", "reasons");
        assertThat(written.size()).isEqualTo(1500);
        CsvTable input = CsvTable.read(test);
        int idColumn = input.columnIndex(guessedId);
        for (int r = 0; r < written.size(); r++) {
            String[] row = written.rows().get(r);
            assertThat(row[0]).isEqualTo(input.rows().get(r)[idColumn].strip());
            assertThat(Double.parseDouble(row[1])).isBetween(0.0, 1.0);
            assertThat(row[2]).matches("[^;]+ (raises|lowers) the risk(; [^;]+ raises the risk){0,2}");
        }

        Path again = dir.resolve("again.model");
        churn("train", "--csv", train.toString(), "--target", target, "--model", again.toString());
        Path scoresAgain = dir.resolve("scores-again.csv");
        churn("score", "--model", again.toString(), "--csv", test.toString(), "--out", scoresAgain.toString(), "--lang", "zh");
        List<String> first = Files.readAllLines(scores).stream().map(l -> l.split(",")[1]).toList();
        List<String> second = Files.readAllLines(scoresAgain).stream().map(l -> l.split(",")[1]).toList();
        assertThat(second).as("same seed, same probabilities").isEqualTo(first);
        assertThat(Files.readString(scoresAgain)).contains("流失风险上升");
    }

    @org.junit.jupiter.api.Test
    void errorsNameTheFileTheLineAndTheColumns(@TempDir Path dir) throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.csv"), "a,b,Churn\n1,2,Yes\n3,4\n");
        Run run = churn("train", "--csv", bad.toString(), "--target", "Churn", "--model", dir.resolve("m").toString());
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("bad.csv line 3");

        Path good = Files.writeString(dir.resolve("good.csv"), "a,b,Churn\n1,2,Yes\n");
        run = churn("train", "--csv", good.toString(), "--target", "Exited", "--model", dir.resolve("m").toString());
        assertThat(run.err()).contains("no target column \"Exited\"").contains("a, b, Churn");

        Path notAModel = Files.writeString(dir.resolve("x.model"), "not a zip");
        run = churn("evaluate", "--model", notAModel.toString(), "--csv", good.toString(), "--target", "Churn");
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("not a Manyi churn model");
    }
}
