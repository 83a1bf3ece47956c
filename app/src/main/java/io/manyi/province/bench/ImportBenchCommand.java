package io.manyi.province.bench;

import io.manyi.intake.ImportFailure;
import io.manyi.intake.ImportOptions;
import io.manyi.intake.ImportResult;
import io.manyi.intake.ImportService;
import io.manyi.intake.Kind;
import io.manyi.province.ProvinceCsvWriter;
import io.manyi.province.ProvinceSpec;
import io.manyi.intake.Reference;
import io.manyi.platform.cli.ApplicationContexts;
import io.manyi.platform.cli.DataDirOption;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code ./manyi bench import}: generates a province (or takes one with --from), imports it into
 * a fresh database and prints rows per second per kind, beside a bare COPY of the same usage
 * rows (the physical limit) and the share of it the validated import reaches.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Generate a province, import it into a fresh database and compare the usage import",
                "with a bare COPY of the same rows. Target: the import reaches 0.7 of the bare COPY."})
public final class ImportBenchCommand implements Callable<Integer> {

    @Mixin
    DataDirOption dataDir;

    @Option(names = "--subscribers", defaultValue = "1000000", description = "Subscribers (default: ${DEFAULT-VALUE}).")
    int subscribers;

    @Option(names = "--months", defaultValue = "12", description = "Months of history (default: ${DEFAULT-VALUE}).")
    int months;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the generator (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--dir", paramLabel = "DIR", description = "Where to generate (default: a temporary directory under the data dir, removed after).")
    Path dir;

    @Option(names = "--from", paramLabel = "DIR", description = "Import this already generated province instead of generating one.")
    Path from;

    @Option(names = "--keep", description = "Keep the benchmark's database (and generated files) afterwards.")
    boolean keep;

    @Override
    public Integer call() throws Exception {
        try {
            return run(System.out);
        } catch (ImportFailure e) {
            System.err.println("bench import: " + e.getMessage());
            return 1;
        }
    }

    private int run(PrintStream out) throws IOException, SQLException {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path benchRoot = dataDir.path().resolve("bench-" + stamp);
        Path source = source(benchRoot, out);
        String url = System.getenv("MANYI_DB_URL");
        boolean external = url != null && !url.isBlank();
        Path dbDir = benchRoot.resolve("db");
        try (ConfigurableApplicationContext context = ApplicationContexts.batch(dbDir)) {
            DataSource dataSource = context.getBean(DataSource.class);
            if (external) {
                refuseNonEmpty(dataSource);
            }
            printMachine(dataSource, out);
            Path usage = source.resolve(Kind.USAGE.fileName());
            CpuClock clock = CpuClock.of(dbDir.resolve("pg"));
            BareCopy bare = BareCopy.prepare(dataSource, clock, usage, benchRoot);
            try {
                out.println("Bare COPY of usage, before the import ...");
                BareCopy.Figures withoutKey = bare.withoutPrimaryKey();
                BareCopy.Figures before = bare.withPrimaryKey();
                out.println("Validated import of every kind ...");
                settle(dataSource);
                Map<Kind, CpuClock.Reading> cpu = new EnumMap<>(Kind.class);
                CpuClock.Reading[] kindStart = {clock.read()};
                List<ImportResult> results = context.getBean(ImportService.class).importAll(source, ImportOptions.by("bench"),
                        r -> {
                            cpu.put(r.kind(), clock.read().since(kindStart[0]));
                            settle(dataSource);
                            kindStart[0] = clock.read();
                        });
                if (results.stream().anyMatch(ImportResult::rejected)) {
                    results.stream().filter(ImportResult::rejected).forEach(r -> r.errors().stream().limit(10)
                            .forEach(e -> out.println(e.message())));
                    out.println("The province did not import cleanly.");
                    return 2;
                }
                out.println("Bare COPY of usage, after the import ...");
                BareCopy.Figures after = bare.withPrimaryKey();
                ParseOnly.Figures parse = ParseOnly.measure(Kind.USAGE, usage,
                        context.getBean(ImportService.class).knownKeys(Set.of(Reference.SUBSCRIBER)));
                print(results, cpu.get(Kind.USAGE), parse, withoutKey, before, after, out);
            } finally {
                bare.delete();
            }
            if (external) {
                out.println("(The external database keeps the imported province.)");
            }
            return 0;
        } finally {
            if (!keep) {
                deleteTree(dbDir);
                if (from == null && dir == null) {
                    deleteTree(source);
                }
                Files.deleteIfExists(benchRoot);
            }
        }
    }

    private static void settle(DataSource dataSource) {
        try (Connection con = dataSource.getConnection()) {
            Quiet.settle(con);
        } catch (SQLException e) {
            throw new ImportFailure("Could not let the database settle: " + e.getMessage(), e);
        }
    }

    private Path source(Path benchRoot, PrintStream out) throws IOException {
        if (from != null) {
            if (!Files.isDirectory(from)) {
                throw new ImportFailure("No such directory: " + from);
            }
            return from.toAbsolutePath();
        }
        Path target = dir != null ? dir.toAbsolutePath() : benchRoot.resolve("province");
        Files.createDirectories(target);
        YearMonth lastMonth = YearMonth.now().minusMonths(1);
        out.printf("Generating %,d subscribers x %d months (seed %d) into %s ...%n", subscribers, months, seed, target);
        long start = System.nanoTime();
        generate(lastMonth, target);
        out.printf("Generated in %.1f s%n", (System.nanoTime() - start) / 1e9);
        return target;
    }

    private void generate(YearMonth lastMonth, Path target) throws IOException {
        ProvinceCsvWriter.write(new ProvinceSpec(subscribers, lastMonth, months, seed), target);
    }

    private static void refuseNonEmpty(DataSource dataSource) throws SQLException {
        try (Connection con = dataSource.getConnection(); Statement statement = con.createStatement();
             ResultSet rows = statement.executeQuery(Stream.of(Kind.values())
                     .map(k -> "exists (select 1 from " + k.table() + ")").collect(Collectors.joining(" or ", "select ", "")))) {
            rows.next();
            if (rows.getBoolean(1)) {
                throw new ImportFailure("MANYI_DB_URL names a database that already holds data; "
                        + "the benchmark needs an empty one");
            }
        }
    }

    private static void printMachine(DataSource dataSource, PrintStream out) throws SQLException {
        try (Connection con = dataSource.getConnection(); Statement statement = con.createStatement();
             ResultSet rows = statement.executeQuery("show server_version")) {
            rows.next();
            out.printf("Machine: %d cores, Java %s, PostgreSQL %s%n", Runtime.getRuntime().availableProcessors(),
                    Runtime.version(), rows.getString(1));
        }
    }

    private static void print(List<ImportResult> results, CpuClock.Reading usageCpu, ParseOnly.Figures parse,
                              BareCopy.Figures withoutKey,
                              BareCopy.Figures before, BareCopy.Figures after, PrintStream out) {
        out.println();
        out.printf("%-20s %12s %9s %12s   %s%n", "kind", "rows", "seconds", "rows/s", "phases (s)");
        for (ImportResult r : results) {
            out.printf("%-20s %,12d %9.2f %,12.0f   %s%n", r.kind().cliName(), r.rowsLoaded(), r.seconds(),
                    r.rowsPerSecond(), phases(r.phases()));
        }
        ImportResult usage = results.stream().filter(r -> r.kind() == Kind.USAGE).findFirst()
                .orElseThrow(() -> new ImportFailure("The province has no usage.csv"));
        BareCopy.Figures best = before.rowsPerSecond() >= after.rowsPerSecond() ? before : after;
        out.println();
        out.printf("usage, read + check + encode only (Java, one core):  %,12.0f rows/s (%.2f s)%n",
                parse.rowsPerSecond(), parse.seconds());
        out.printf("usage, bare COPY without primary key:                %,12.0f rows/s (%.2f s)%n",
                withoutKey.rowsPerSecond(), withoutKey.seconds());
        out.printf("usage, bare COPY with primary key, before import:    %,12.0f rows/s (%.2f s)%n",
                before.rowsPerSecond(), before.seconds());
        out.printf("usage, bare COPY with primary key, after import:     %,12.0f rows/s (%.2f s)%n",
                after.rowsPerSecond(), after.seconds());
        out.printf("usage, validated atomic idempotent import:           %,12.0f rows/s (%.2f s)%n",
                usage.rowsPerSecond(), usage.seconds());
        out.printf("ratio validated import / faster bare COPY with key: %.2f (target >= 0.70)%n",
                usage.rowsPerSecond() / best.rowsPerSecond());
        out.println();
        out.println("Where the time went (usage):");
        out.println("  bare COPY without key:   " + withoutKey.cpu());
        out.println("  bare COPY with key:      " + best.cpu());
        out.println("  validated import:        " + usageCpu);
        out.printf("  the primary key index takes %.0f%% of the bare COPY's time; reading, checking and encoding%n"
                        + "  the rows alone takes %.2f s on one core, run beside PostgreSQL's load in the import%n",
                100 * (1 - withoutKey.seconds() / best.seconds()), parse.seconds());
    }

    private static String phases(Map<String, Double> phases) {
        return phases.entrySet().stream().map(e -> String.format("%s %.2f", e.getKey(), e.getValue()))
                .collect(Collectors.joining(", "));
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
