package io.manyi.intake.internal;

import io.manyi.intake.CopyTextWriter;
import io.manyi.intake.CsvFormatException;
import io.manyi.intake.CsvReader;
import io.manyi.intake.CsvRecord;
import io.manyi.intake.ImportError;
import io.manyi.intake.ImportFailure;
import io.manyi.intake.ImportProgress;
import io.manyi.intake.ImportResult;
import io.manyi.intake.Kind;
import io.manyi.intake.KindSchema;
import io.manyi.intake.KnownKeys;
import io.manyi.intake.RowPipeline;
import io.manyi.intake.ValidatedRow;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Loads one file of a kind inside the caller's transaction. The file is parsed and checked on
 * this thread while its good rows stream to PostgreSQL with COPY, so the two run side by side.
 *
 * <p>Which path: COPY straight into the table when it is empty, or when the first row's key is
 * not in it yet (a new month of usage); if a key turns out to exist after all (the unique index
 * says so), back to a savepoint and a second pass through a staging table and an upsert. A key
 * repeated within the file is a bad row, found by the staging table.
 */
public final class KindLoader {

    /** What loading found; {@code fatal} errors (a bad header, an unreadable file) reject it whatever the mode. */
    public record Outcome(long good, long bad, long changed, boolean upserted, List<ImportError> errors,
                          boolean fatal, Map<String, Double> phases) {
    }

    private final Connection con;
    private final KindTable table;
    private final Path file;
    private final Charset charset;
    private final String fileName;
    private final KnownKeys known;
    private final boolean skipBad;
    private final ImportProgress progress;
    private final RejectsFile rejects;
    private final Map<String, Double> phases = new LinkedHashMap<>();
    private KnownKeys provided = new KnownKeys();

    public KindLoader(Connection con, Kind kind, Path file, Charset charset, String fileName, KnownKeys known,
                      boolean skipBad, ImportProgress progress, RejectsFile rejects) {
        this.con = con;
        this.table = KindTable.of(kind);
        this.file = file;
        this.charset = charset;
        this.fileName = fileName;
        this.known = known;
        this.skipBad = skipBad;
        this.progress = progress;
        this.rejects = rejects;
    }

    /** The keys the good rows provide, for later kinds of the same run once committed. */
    public KnownKeys provided() {
        return provided;
    }

    public Outcome load() throws SQLException {
        long start = System.nanoTime();
        Pass pass = new Pass(queryTrue(table.isEmpty()), false);
        try {
            run(pass);
        } catch (UniqueViolation e) {
            pass.abandon();
            con.rollback(pass.savepoint);
            rejects.reset();
            pass = new Pass(false, true);
            run(pass);
        }
        phase("copy", start);
        long changed = pass.good;
        if (pass.staging && pass.good > 0 && pass.accepted()) {
            long upsertStart = System.nanoTime();
            changed = upsert(pass);
            phase("upsert", upsertStart);
        }
        return new Outcome(pass.good, pass.bad, changed, pass.staging, pass.errors, pass.fatal, phases);
    }

    private void run(Pass pass) throws SQLException {
        provided = new KnownKeys();
        try (Reader reader = open()) {
            RowPipeline.Outcome outcome = RowPipeline.run(table.kind(), fileName, reader, known, provided, pass, progress);
            if (!outcome.headerValid()) {
                pass.fatal(outcome.headerErrors());
            }
        } catch (CsvFormatException e) {
            pass.fatal(List.of(new ImportError(fileName, e.line(), null, null, e.getMessage().replaceFirst("^line \\d+: ", ""))));
        } catch (CopyFailed e) {
            throw pass.translate(e.sql);
        } catch (IOException e) {
            throw new ImportFailure("Could not read " + file + ": " + e.getMessage(), e);
        }
        pass.finish();
    }

    private Reader open() throws IOException {
        return Channels.newReader(FileChannel.open(file), charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE), 1 << 16);
    }

    private long upsert(Pass pass) throws SQLException {
        Savepoint beforeUpsert = con.setSavepoint();
        try (Statement statement = con.createStatement()) {
            try {
                return statement.executeLargeUpdate(table.upsert());
            } catch (SQLException e) {
                if (!"21000".equals(e.getSQLState())) { // "ON CONFLICT DO UPDATE cannot affect row a second time"
                    throw e;
                }
            }
            con.rollback(beforeUpsert);
            long repeated = rejectRepeatedKeys(pass);
            pass.good -= repeated;
            pass.bad += repeated;
            if (!skipBad) {
                return 0;
            }
            statement.executeUpdate(table.dropLaterDuplicates());
            return statement.executeLargeUpdate(table.upsert());
        }
    }

    /** Finds the rows whose key an earlier row of the file already had, and rejects them. */
    private long rejectRepeatedKeys(Pass pass) throws SQLException {
        Map<Long, ImportError> repeats = new HashMap<>();
        String keyNames = "(" + String.join(", ", table.key()) + ")";
        try (Statement statement = con.createStatement(); ResultSet rows = statement.executeQuery(table.duplicates())) {
            while (rows.next()) {
                String key = rows.getString(1);
                String[] lines = rows.getString(2).split(",");
                for (int i = 1; i < lines.length; i++) {
                    long line = Long.parseLong(lines[i]);
                    repeats.put(line, new ImportError(fileName, line, null, null,
                            "repeats the key " + keyNames + " = (" + key + ") of line " + lines[0]));
                }
            }
        }
        try (Reader reader = open()) {
            CsvReader csv = new CsvReader(reader);
            CsvRecord record = new CsvRecord();
            while (csv.next(record)) {
                ImportError error = repeats.get(record.line());
                if (error != null) {
                    rejects.write(record, List.of(error));
                }
            }
        } catch (IOException e) {
            throw new ImportFailure("Could not read " + file + ": " + e.getMessage(), e);
        }
        repeats.values().stream().sorted((a, b) -> Long.compare(a.line(), b.line())).forEach(pass::keep);
        return repeats.size();
    }

    private boolean queryTrue(String sql) throws SQLException {
        try (Statement statement = con.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getBoolean(1);
        }
    }

    private void phase(String name, long startNanos) {
        phases.merge(name, (System.nanoTime() - startNanos) / 1e9, Double::sum);
    }

    /** A COPY into the table met a key that exists: time for the staging path. */
    private static final class UniqueViolation extends RuntimeException {
        UniqueViolation(SQLException cause) {
            super(cause);
        }
    }

    /** A failed COPY write, carried through the pipeline's IOException. */
    private static final class CopyFailed extends IOException {
        final SQLException sql;

        CopyFailed(SQLException sql) {
            super(sql);
            this.sql = sql;
        }
    }

    /** Hands COPY text to pgjdbc's CopyIn. */
    private static final class CopyInStream extends OutputStream {
        private final CopyIn copy;

        CopyInStream(CopyIn copy) {
            this.copy = copy;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[]{(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int off, int len) throws IOException {
            try {
                copy.writeToCopy(bytes, off, len);
            } catch (SQLException e) {
                throw new CopyFailed(e);
            }
        }
    }

    /** One read of the file, its good rows going to COPY (started at the first one) and its bad ones to the rejects file. */
    private final class Pass implements RowPipeline.Rows {
        private final boolean tableEmpty;
        private final boolean forceStaging;
        final List<ImportError> errors = new ArrayList<>();
        long good;
        long bad;
        boolean fatal;
        boolean staging;
        Savepoint savepoint;
        private boolean sending = true;
        private CopyIn copy;
        private CopyTextWriter writer;

        Pass(boolean tableEmpty, boolean forceStaging) {
            this.tableEmpty = tableEmpty;
            this.forceStaging = forceStaging;
            this.staging = forceStaging;
        }

        boolean accepted() {
            return !fatal && (bad == 0 || skipBad);
        }

        @Override
        public void header(List<String> header) {
            rejects.header(header);
        }

        @Override
        public void accept(ValidatedRow row) throws IOException {
            good++;
            if (!sending) {
                return;
            }
            try {
                if (copy == null) {
                    start(row);
                }
            } catch (SQLException e) {
                throw new CopyFailed(e);
            }
            writer.write(row, staging);
        }

        @Override
        public void reject(CsvRecord record, List<ImportError> rowErrors) {
            bad++;
            rejects.write(record, rowErrors);
            rowErrors.forEach(this::keep);
            if (!skipBad) {
                stopSending(); // the file will be refused: PostgreSQL need not load the rest
            }
        }

        void keep(ImportError error) {
            if (errors.size() < ImportResult.MAX_ERRORS) {
                errors.add(error);
            }
        }

        void fatal(List<ImportError> fatalErrors) {
            fatal = true;
            fatalErrors.forEach(this::keep);
            stopSending();
        }

        private void start(ValidatedRow first) throws SQLException {
            if (!forceStaging && !tableEmpty) {
                staging = keyExists(first);
            }
            String sql;
            if (staging) {
                try (Statement statement = con.createStatement()) {
                    statement.execute(table.createStaging());
                }
                sql = table.copyIntoStaging();
            } else {
                savepoint = con.setSavepoint();
                sql = table.copyIntoTable();
            }
            copy = con.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
            writer = new CopyTextWriter(new CopyInStream(copy), 1 << 16);
        }

        private boolean keyExists(ValidatedRow row) throws SQLException {
            KindSchema schema = KindSchema.of(table.kind());
            try (PreparedStatement statement = con.prepareStatement(table.keyExists())) {
                for (int i = 0; i < table.key().size(); i++) {
                    statement.setObject(i + 1, row.value(schema.indexOf(table.key().get(i))), Types.OTHER);
                }
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    return rows.getBoolean(1);
                }
            }
        }

        void abandon() {
            sending = false;
            if (copy != null && copy.isActive()) {
                try {
                    copy.cancelCopy();
                } catch (SQLException e) {
                    // already ended by the error that brought us here
                }
            }
        }

        private void stopSending() {
            if (!sending) {
                return;
            }
            abandon(); // the transaction is rolled back anyway
        }

        void finish() throws SQLException {
            if (copy == null || !sending) {
                return;
            }
            try {
                writer.flush();
                copy.endCopy();
            } catch (CopyFailed e) {
                throw translate(e.sql);
            } catch (SQLException e) {
                throw translate(e);
            } catch (IOException e) {
                throw new SQLException(e);
            }
        }

        RuntimeException translate(SQLException e) {
            if (!staging && "23505".equals(e.getSQLState())) {
                return new UniqueViolation(e);
            }
            return new ImportFailure("PostgreSQL refused the rows of " + fileName + ": " + e.getMessage(), e);
        }
    }
}
