package io.manyi.intake;

import io.manyi.intake.internal.FileFingerprint;
import io.manyi.intake.internal.ImportLedger;
import io.manyi.intake.internal.KeyLoader;
import io.manyi.intake.internal.KindLoader;
import io.manyi.intake.internal.RejectsFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Imports operators' CSV exports, one file of a kind at a time, each in one transaction: all of
 * its rows or none (unless bad rows are to be skipped), the same file never twice, rows whose key
 * exists replaced rather than duplicated. Every import is recorded in {@code imports} and the
 * audit log. docs/data-formats.md describes the files.
 */
@Service
public class ImportService {

    private final DataSource dataSource;
    private final Clock clock;

    public ImportService(DataSource dataSource, ObjectProvider<Clock> clock) {
        this.dataSource = dataSource;
        this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
    }

    /** Imports {@code file} as {@code kind}; messages name it by its file name. */
    public ImportResult importFile(Kind kind, Path file, ImportOptions options) {
        return importFile(kind, file, file.getFileName().toString(), RejectsFile.besides(file), options, null);
    }

    /**
     * Imports {@code file} (an upload, say) under the name {@code fileName}, writing rejected rows
     * to {@code rejects}.
     */
    public ImportResult importFile(Kind kind, Path file, String fileName, Path rejects, ImportOptions options) {
        return importFile(kind, file, fileName, rejects, options, null);
    }

    /** The keys of the given references as the database has them now (what an import checks its rows against). */
    public KnownKeys knownKeys(Set<Reference> references) {
        KnownKeys known = new KnownKeys();
        try (Connection con = dataSource.getConnection()) {
            KeyLoader.ensureLoaded(con, known, references);
        } catch (SQLException e) {
            throw new ImportFailure("Reading the known keys failed: " + e.getMessage());
        }
        return known;
    }

    /**
     * Imports every {@code <kind>.csv} in {@code dir}, in {@link Kind} order so that references are
     * known before they are used; each file is its own transaction. Stops at the first file refused
     * for bad rows (the kinds after it would only fail on its missing keys) unless skipping them.
     */
    public List<ImportResult> importAll(Path dir, ImportOptions options, Consumer<ImportResult> onEach) {
        if (!Files.isDirectory(dir)) {
            throw new ImportFailure("No such directory: " + dir);
        }
        List<Kind> present = Stream.of(Kind.values()).filter(k -> Files.isRegularFile(dir.resolve(k.fileName()))).toList();
        if (present.isEmpty()) {
            throw new ImportFailure("No import files in " + dir + "; expected some of: "
                    + Stream.of(Kind.values()).map(Kind::fileName).collect(Collectors.joining(", ")));
        }
        KnownKeys known = new KnownKeys();
        List<ImportResult> results = new ArrayList<>();
        for (Kind kind : present) {
            Path file = dir.resolve(kind.fileName());
            ImportResult result = importFile(kind, file, kind.fileName(), RejectsFile.besides(file), options, known);
            results.add(result);
            onEach.accept(result);
            if (result.rejected()) {
                break;
            }
        }
        return results;
    }

    private ImportResult importFile(Kind kind, Path file, String fileName, Path rejectsPath, ImportOptions options,
                                    KnownKeys sharedKeys) {
        if (!Files.isRegularFile(file)) {
            throw new ImportFailure("No such file: " + file);
        }
        long start = System.nanoTime();
        Map<String, Double> phases = new LinkedHashMap<>();
        FileFingerprint fingerprint = FileFingerprint.of(file, options.encoding());
        phases.put("fingerprint", seconds(start));
        try (Connection con = dataSource.getConnection()) {
            con.setAutoCommit(false);
            try {
                ImportLedger.lock(con, kind);
                Optional<ImportLedger.PastImport> past = ImportLedger.find(con, kind, fingerprint.sha256());
                if (past.isPresent()) {
                    con.rollback();
                    return new ImportResult(kind, fileName, ImportResult.Status.ALREADY_IMPORTED, past.get().rowsLoaded(),
                            past.get().rowsRejected(), 0, List.of(), null, "none", seconds(start), phases);
                }
                long keysStart = System.nanoTime();
                KindSchema schema = KindSchema.of(kind);
                KnownKeys known = sharedKeys != null ? sharedKeys : new KnownKeys();
                KeyLoader.ensureLoaded(con, known, schema.references());
                if (sharedKeys != null && schema.provides() != null) {
                    // loaded now, so that this file's keys can simply be added once committed
                    KeyLoader.ensureLoaded(con, known, Set.of(schema.provides()));
                }
                phases.put("keys", seconds(keysStart));
                try (RejectsFile rejects = new RejectsFile(rejectsPath)) {
                    KindLoader loader = new KindLoader(con, kind, file, fingerprint.charset(), fileName, known,
                            options.skipBad(), options.progress(), rejects);
                    KindLoader.Outcome outcome;
                    options.progress().starting(fileName);
                    try {
                        outcome = loader.load();
                    } finally {
                        options.progress().finished();
                    }
                    phases.putAll(outcome.phases());
                    Path rejectsFile = rejects.finish();
                    if (outcome.fatal() || (outcome.bad() > 0 && !options.skipBad())) {
                        con.rollback();
                        auditRefusal(con, kind, fileName, fingerprint, outcome, options);
                        return new ImportResult(kind, fileName, ImportResult.Status.REJECTED, 0, outcome.bad(), 0,
                                outcome.errors(), rejectsFile, "none", seconds(start), phases);
                    }
                    long commitStart = System.nanoTime();
                    var now = clock.instant();
                    ImportLedger.record(con, kind, fileName, fingerprint.sha256(), outcome.good(), outcome.bad(),
                            options.actor(), now);
                    ImportLedger.audit(con, options.actor(), "IMPORT", kind, "file=" + fileName + " rows=" + outcome.good()
                            + " rejected=" + outcome.bad() + " changed=" + outcome.changed() + " encoding="
                            + fingerprint.charset().name() + " sha256=" + fingerprint.sha256(), options.requestId(), now);
                    con.commit();
                    phases.put("commit", seconds(commitStart));
                    if (outcome.changed() > 0) {
                        // The planner's statistics, now: a month of usage COPYed in and the monthly cycle started
                        // before autovacuum got to it planned its joins for "no rows of that month" (the points
                        // accrual of a 50,000-subscriber month took 210 s instead of 3). A sampled ANALYZE is cheap.
                        long analyzeStart = System.nanoTime();
                        try (var analyze = con.createStatement()) {
                            analyze.execute("analyze " + kind.table());
                        }
                        con.commit();
                        phases.put("analyze", seconds(analyzeStart));
                    }
                    if (sharedKeys != null) {
                        sharedKeys.addAll(loader.provided());
                    }
                    return new ImportResult(kind, fileName, ImportResult.Status.IMPORTED, outcome.good(), outcome.bad(),
                            outcome.changed(), outcome.errors(), rejectsFile, outcome.upserted() ? "upsert" : "insert",
                            seconds(start), phases);
                }
            } catch (SQLException | RuntimeException e) {
                con.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new ImportFailure("The import of " + fileName + " failed: " + e.getMessage(), e);
        }
    }

    /** A refused file changed nothing, but the attempt is worth a line in the audit log. */
    private void auditRefusal(Connection con, Kind kind, String fileName, FileFingerprint fingerprint,
                              KindLoader.Outcome outcome, ImportOptions options) throws SQLException {
        ImportLedger.audit(con, options.actor(), "IMPORT_REJECTED", kind, "file=" + fileName + " rejected="
                + outcome.bad() + " sha256=" + fingerprint.sha256(), options.requestId(), clock.instant());
        con.commit();
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
