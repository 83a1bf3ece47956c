package io.manyi.intake.internal;

import io.manyi.intake.CsvRecord;
import io.manyi.intake.CsvWriter;
import io.manyi.intake.ImportError;
import io.manyi.intake.ImportFailure;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code <file>.rejects.csv}: each rejected row with its original columns, then {@code line}
 * and {@code reason}. UTF-8 with a byte-order mark, so that Excel shows Chinese right. Created
 * at the first rejected row only; a stale one from an earlier run is removed.
 */
public final class RejectsFile implements AutoCloseable {

    private final Path path;
    private List<String> header = List.of();
    private Writer writer;
    private CsvWriter csv;
    private long rows;

    public RejectsFile(Path path) {
        this.path = path;
    }

    public static Path besides(Path file) {
        return file.resolveSibling(file.getFileName() + ".rejects.csv");
    }

    public Path path() {
        return path;
    }

    public void header(List<String> fileHeader) {
        this.header = List.copyOf(fileHeader);
    }

    public void write(CsvRecord record, List<ImportError> errors) {
        write(record.fields(), record.line(), errors);
    }

    public void write(List<String> fields, long line, List<ImportError> errors) {
        try {
            if (writer == null) {
                writer = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
                writer.write('\uFEFF');
                csv = new CsvWriter(writer);
                List<String> columns = new ArrayList<>(header);
                columns.add("line");
                columns.add("reason");
                csv.writeRow(columns);
            }
            List<String> row = new ArrayList<>(fields);
            row.add(Long.toString(line));
            row.add(errors.stream().map(ImportError::detail).collect(Collectors.joining("; ")));
            csv.writeRow(row);
            rows++;
        } catch (IOException e) {
            throw new ImportFailure("Could not write the rejects file " + path + ": " + e.getMessage(), e);
        }
    }

    public long rows() {
        return rows;
    }

    /** Forgets what was written, for a second pass over the file. */
    public void reset() {
        close();
        rows = 0;
        deleteQuietly();
    }

    /** Closes the file; removes it (or an old one) when no row was rejected. Returns the path, or null. */
    public Path finish() {
        close();
        if (rows == 0) {
            deleteQuietly();
            return null;
        }
        return path;
    }

    private void deleteQuietly() {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // a stale rejects file that cannot be removed is no reason to fail an import
        }
    }

    @Override
    public void close() {
        if (writer != null) {
            try {
                writer.close();
            } catch (IOException e) {
                throw new ImportFailure("Could not write the rejects file " + path + ": " + e.getMessage(), e);
            } finally {
                writer = null;
                csv = null;
            }
        }
    }
}
