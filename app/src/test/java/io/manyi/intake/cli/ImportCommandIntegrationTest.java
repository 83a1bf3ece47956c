package io.manyi.intake.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.manyi.intake.Kind;
import io.manyi.intake.SampleProvince;
import io.manyi.testing.IntegrationTest;
import io.manyi.testing.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import picocli.CommandLine;

/** The command as a user runs it: its own Spring context on the test database, its exit codes and output. */
@IntegrationTest
class ImportCommandIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    record Run(int exitCode, String out, String err) {
    }

    private Run importCommand(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--data-dir", TestDatabase.dataDir().toString()));
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = new CommandLine(new ImportCommand()).execute(all.toArray(String[]::new));
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    private long usageRows() {
        return jdbc.sql("select count(*) from usage_monthly").query(Long.class).single();
    }

    @Test
    void importsADirectoryThenRefusesAUsageFileWithABadRowAtLine1234() throws IOException {
        TestDatabase.truncateAll(jdbc);
        Path province = Files.createDirectories(dir.resolve("province"));
        SampleProvince.write(province, 1000, 2, YearMonth.of(2025, 3), 3);

        Run all = importCommand("all", province.toString());

        assertThat(all.exitCode()).as(all.err()).isZero();
        assertThat(all.out()).contains("usage.csv: 2,000 rows imported").contains("rows/s");
        long before = usageRows();
        assertThat(before).isEqualTo(2000);

        List<String> lines = new ArrayList<>(Files.readAllLines(province.resolve("usage.csv")));
        lines.set(1233, lines.get(1233).replaceFirst(",2025-0\\d,", ",2025-13,"));
        Path bad = Files.write(dir.resolve("usage-bad.csv"), lines);

        Run refused = importCommand("usage", bad.toString());

        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("usage-bad.csv line 1234, column month: \"2025-13\" is not a real month")
                .contains("refused, nothing imported: 1 bad row")
                .contains(dir.resolve("usage-bad.csv.rejects.csv").toString());
        assertThat(usageRows()).isEqualTo(before);

        Run again = importCommand("all", province.toString());
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("usage.csv: already imported");
    }

    @Test
    void anUnknownKindListsTheValidOnes() {
        Run run = importCommand("calls", dir.resolve("calls.csv").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("Unknown kind 'calls'").contains(Kind.USAGE.cliName()).contains(Kind.VAS_SUBSCRIPTIONS.cliName());
    }

    @Test
    void aMissingFileIsAFailure() {
        Run run = importCommand("usage", dir.resolve("nowhere.csv").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("No such file");
    }
}
