package io.manyi.province;

import static org.assertj.core.api.Assertions.assertThat;

import io.manyi.intake.Kind;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class GenerateCommandTest {

    private static final Clock MID_MARCH = Clock.fixed(Instant.parse("2026-03-15T10:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path dir;

    @Test
    void writesEveryKindWithItsHeaderAndTheTruthApart() throws Exception {
        String console = run(dir.resolve("province"), "--subscribers", "400", "--months", "4", "--seed", "5");

        Path out = dir.resolve("province");
        for (Kind kind : Kind.values()) {
            List<List<String>> rows = CsvRows.parse(Files.readString(out.resolve(kind.fileName()), StandardCharsets.UTF_8));
            assertThat(rows.get(0)).as(kind.fileName()).isEqualTo(kind.columns());
            assertThat(rows).as(kind.fileName()).hasSizeGreaterThan(1)
                    .allSatisfy(row -> assertThat(row).hasSameSizeAs(kind.columns()));
            assertThat(console).contains(kind.fileName());
        }
        List<List<String>> churn = CsvRows.parse(Files.readString(out.resolve("truth/churn.csv")));
        List<List<String>> hazard = CsvRows.parse(Files.readString(out.resolve("truth/hazard.csv")));
        assertThat(churn.get(0)).isEqualTo(ProvinceCsvWriter.CHURN_COLUMNS);
        assertThat(hazard.get(0)).isEqualTo(ProvinceCsvWriter.HAZARD_COLUMNS);
        assertThat(hazard).hasSizeGreaterThan(1_000);
        assertThat(out.resolve("truth.csv")).doesNotExist();
    }

    @Test
    void theWindowEndsWithTheLastCompleteMonthUnlessToldOtherwise() throws Exception {
        run(dir.resolve("now"), "--subscribers", "50", "--months", "3");
        run(dir.resolve("then"), "--subscribers", "50", "--months", "3", "--last-month", "2024-06");

        assertThat(months(dir.resolve("now"))).containsExactly("2025-12", "2026-01", "2026-02");
        assertThat(months(dir.resolve("then"))).containsExactly("2024-04", "2024-05", "2024-06");
    }

    @Test
    void theSameSeedWritesTheSameBytes() throws Exception {
        run(dir.resolve("a"), "--subscribers", "300", "--months", "5", "--seed", "9", "--last-month", "2025-01");
        run(dir.resolve("b"), "--subscribers", "300", "--months", "5", "--seed", "9", "--last-month", "2025-01");
        run(dir.resolve("c"), "--subscribers", "300", "--months", "5", "--seed", "10", "--last-month", "2025-01");

        for (Kind kind : Kind.values()) {
            byte[] a = Files.readAllBytes(dir.resolve("a").resolve(kind.fileName()));
            assertThat(Files.readAllBytes(dir.resolve("b").resolve(kind.fileName()))).as(kind.fileName()).isEqualTo(a);
        }
        assertThat(Files.readAllBytes(dir.resolve("c/usage.csv")))
                .isNotEqualTo(Files.readAllBytes(dir.resolve("a/usage.csv")));
    }

    @Test
    void writeReportsTheRowsOfEveryKind() throws Exception {
        var counts = ProvinceCsvWriter.write(new ProvinceSpec(200, java.time.YearMonth.of(2025, 12), 2, 1), dir);

        assertThat(counts).containsOnlyKeys(Kind.values());
        assertThat(counts.get(Kind.SUBSCRIBERS)).isEqualTo(200);
        long usageLines = Files.lines(dir.resolve("usage.csv")).count() - 1;
        assertThat(counts.get(Kind.USAGE)).isEqualTo(usageLines).isGreaterThan(300);
    }

    @Test
    void refusesANonsensicalProvinceWithAMessageNotAStackTrace() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CommandLine commandLine = new CommandLine(new GenerateCommand(MID_MARCH, System.out));
        commandLine.setErr(new java.io.PrintWriter(err, true, StandardCharsets.UTF_8));

        int exit = commandLine.execute("--subscribers", "0", "--out", dir.toString());

        assertThat(exit).isNotZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("subscribers must be at least 1")
                .doesNotContain("at io.manyi");
        assertThat(dir.resolve("usage.csv")).doesNotExist();
    }

    private String run(Path out, String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--out";
        all[args.length + 1] = out.toString();
        int exit = new CommandLine(new GenerateCommand(MID_MARCH, new PrintStream(bytes, true, StandardCharsets.UTF_8)))
                .execute(all);
        assertThat(exit).isZero();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static List<String> months(Path out) throws Exception {
        return CsvRows.parse(Files.readString(out.resolve("usage.csv"))).stream().skip(1).map(row -> row.get(1))
                .distinct().sorted().toList();
    }
}
