package io.manyi.intake.cli;

import io.manyi.intake.ImportError;
import io.manyi.intake.ImportFailure;
import io.manyi.intake.ImportOptions;
import io.manyi.intake.ImportResult;
import io.manyi.intake.ImportService;
import io.manyi.intake.Kind;
import io.manyi.platform.cli.ApplicationContexts;
import io.manyi.platform.cli.DataDirOption;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ./manyi import KIND FILE} and {@code ./manyi import all DIR}. Exit 0 when imported (or
 * already), 2 when bad rows made a file refused, 1 for anything else.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import CSV exports: one file of a kind, or every <kind>.csv of a directory in dependency order.",
                "A file with a bad row imports nothing (exit 2) and its bad rows go to <file>.rejects.csv with reasons;",
                "the same file imported again changes nothing. Columns: docs/data-formats.md."})
public final class ImportCommand implements Callable<Integer> {

    static final int REJECTED = 2;
    static final int FAILED = 1;
    private static final int ERRORS_SHOWN = 20;

    @Mixin
    DataDirOption dataDir;

    @Parameters(index = "0", paramLabel = "KIND", description = "One of: ${COMPLETION-CANDIDATES}... or 'all'.",
            completionCandidates = KindNames.class)
    String kind;

    @Parameters(index = "1", paramLabel = "FILE|DIR", description = "The CSV file (or with 'all', the directory).")
    Path path;

    @Option(names = "--skip-bad", description = "Import the good rows; quarantine the bad ones in <file>.rejects.csv.")
    boolean skipBad;

    @Option(names = "--encoding", paramLabel = "CHARSET",
            description = "The files' encoding, e.g. GBK or UTF-8 (default: UTF-8, or GBK when the bytes are not UTF-8).")
    String encoding;

    /** The kind names, for the help text. */
    static final class KindNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Stream.of(Kind.values()).map(Kind::cliName).iterator();
        }
    }

    @Override
    public Integer call() {
        PrintStream out = System.out;
        PrintStream err = System.err;
        boolean all = "all".equalsIgnoreCase(kind);
        Optional<Kind> single = Kind.byName(kind);
        if (!all && single.isEmpty()) {
            err.println("Unknown kind '" + kind + "'. Valid kinds: "
                    + Stream.of(Kind.values()).map(Kind::cliName).collect(Collectors.joining(", ")) + " (or 'all DIR').");
            return FAILED;
        }
        if (all ? !Files.isDirectory(path) : !Files.isRegularFile(path)) {
            err.println("No such " + (all ? "directory" : "file") + ": " + path);
            return FAILED;
        }
        Charset charset;
        try {
            charset = encoding == null ? null : Charset.forName(encoding);
        } catch (IllegalArgumentException e) {
            err.println("Unknown encoding '" + encoding + "'; try UTF-8 or GBK.");
            return FAILED;
        }
        ImportOptions options = ImportOptions.by(System.getProperty("user.name", "cli"))
                .skippingBadRows(skipBad)
                .withEncoding(charset)
                .withProgress(new ConsoleProgress(err, ConsoleProgress.isTerminal()));
        try (ConfigurableApplicationContext context = ApplicationContexts.batch(dataDir.path())) {
            ImportService imports = context.getBean(ImportService.class);
            if (!all) {
                ImportResult result = imports.importFile(single.get(), path.toAbsolutePath(), options);
                report(result, out, err);
                return result.rejected() ? REJECTED : 0;
            }
            List<ImportResult> results = imports.importAll(path.toAbsolutePath(), options, r -> report(r, out, err));
            summarise(results, out);
            return results.stream().anyMatch(ImportResult::rejected) ? REJECTED : 0;
        } catch (ImportFailure e) {
            err.println("Import failed: " + e.getMessage());
            return FAILED;
        }
    }

    static void report(ImportResult result, PrintStream out, PrintStream err) {
        switch (result.status()) {
            case ALREADY_IMPORTED -> out.printf("%s: already imported (same content, %,d rows%s); nothing changed%n",
                    result.file(), result.rowsLoaded(), result.rowsRejected() == 0 ? ""
                            : String.format(", %,d bad rows skipped then: import their corrected rejects file", result.rowsRejected()));
            case IMPORTED -> {
                out.printf("%s: %,d rows imported (%,d new or changed) in %.1f s, %,.0f rows/s%n", result.file(),
                        result.rowsLoaded(), result.rowsChanged(), result.seconds(), result.rowsPerSecond());
                if (result.rowsRejected() > 0) {
                    printErrors(result, err);
                    out.printf("%s: %,d bad rows skipped; they are in %s with their reasons%n", result.file(),
                            result.rowsRejected(), result.rejectsFile());
                }
            }
            case REJECTED -> {
                printErrors(result, err);
                err.printf("%s: refused, nothing imported: %,d bad row%s.%s%n", result.file(), result.rowsRejected(),
                        result.rowsRejected() == 1 ? "" : "s",
                        result.rejectsFile() == null ? ""
                                : " All of them, with their reasons, are in " + result.rejectsFile()
                                        + ".\nFix them, or import the good rows with --skip-bad.");
            }
        }
    }

    private static void printErrors(ImportResult result, PrintStream err) {
        result.errors().stream().limit(ERRORS_SHOWN).map(ImportError::message).forEach(err::println);
        if (result.errors().size() > ERRORS_SHOWN || result.rowsRejected() > ERRORS_SHOWN) {
            err.println("...");
        }
    }

    private static void summarise(List<ImportResult> results, PrintStream out) {
        out.println();
        out.printf("%-20s %12s %9s %12s%n", "kind", "rows", "seconds", "rows/s");
        for (ImportResult r : results) {
            out.printf("%-20s %,12d %9.1f %,12.0f%s%n", r.kind().cliName(), r.rowsLoaded(), r.seconds(),
                    r.rowsPerSecond(), r.alreadyImported() ? "  (already imported)" : r.rejected() ? "  (refused)" : "");
        }
    }
}
