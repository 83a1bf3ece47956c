package io.manyi.intake;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one file of a kind from its header to its last row, checks every row and hands the good
 * ones and the bad ones (with their errors) to {@link Rows}. What happens to them (COPY into
 * PostgreSQL, a rejects file) is the caller's business.
 */
public final class RowPipeline {

    private static final int PROGRESS_EVERY = 8192;

    /** Where the rows go. */
    public interface Rows {
        /** The header as the file has it, before any row. */
        default void header(List<String> header) throws IOException {
        }

        void accept(ValidatedRow row) throws IOException;

        void reject(CsvRecord record, List<ImportError> errors) throws IOException;
    }

    /**
     * What reading the file found.
     *
     * @param headerErrors when not empty, the header was wrong and no row was read
     */
    public record Outcome(long good, long bad, List<ImportError> headerErrors) {
        public boolean headerValid() {
            return headerErrors.isEmpty();
        }
    }

    private RowPipeline() {
    }

    public static Outcome run(Kind kind, String fileName, Reader in, KnownKeys known, KnownKeys provided,
                              Rows rows, ImportProgress progress) throws IOException {
        KindSchema schema = KindSchema.of(kind);
        CsvReader reader = new CsvReader(in);
        CsvRecord record = new CsvRecord();
        if (!reader.next(record)) {
            return new Outcome(0, 0, List.of(new ImportError(fileName, 0, null, null,
                    "is empty; its first line must be the header " + String.join(",", kind.columns()))));
        }
        if (record.problem() != null) {
            return new Outcome(0, 0, List.of(new ImportError(fileName, 1, null, null, record.problem())));
        }
        HeaderMapping header = HeaderMapping.of(schema, record.fields(), fileName);
        if (!header.isValid()) {
            return new Outcome(0, 0, header.errors());
        }
        rows.header(header.header());
        RowValidator validator = new RowValidator(schema, header, known, provided, fileName);
        ValidatedRow row = validator.newRow();
        List<ImportError> errors = new ArrayList<>();
        long good = 0;
        long bad = 0;
        while (reader.next(record)) {
            if (validator.validate(record, row, errors)) {
                rows.accept(row);
                good++;
            } else {
                rows.reject(record, List.copyOf(errors));
                errors.clear();
                bad++;
            }
            if (((good + bad) % PROGRESS_EVERY) == 0) {
                progress.rowsRead(good + bad);
            }
        }
        progress.rowsRead(good + bad);
        return new Outcome(good, bad, List.of());
    }
}
