package io.manyi.intake;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What importing one file did.
 *
 * @param rowsLoaded   good rows that reached the table (0 when the file was rejected)
 * @param rowsRejected bad rows: the reason the file was refused, or (with skip-bad) quarantined
 * @param rowsChanged  rows inserted or updated; rows identical to what the table held are not counted
 * @param errors       the first {@link #MAX_ERRORS} errors, in file order
 * @param rejectsFile  the CSV of the rejected rows with their reasons, or null when there were none
 * @param path         "insert" when COPY went straight into the table, "upsert" when through staging
 * @param phases       seconds spent per phase, for the benchmark
 */
public record ImportResult(Kind kind, String file, Status status, long rowsLoaded, long rowsRejected, long rowsChanged,
                           List<ImportError> errors, Path rejectsFile, String path, double seconds,
                           Map<String, Double> phases) {

    public static final int MAX_ERRORS = 100;

    public enum Status {
        IMPORTED,
        ALREADY_IMPORTED,
        /** Nothing was imported because of bad rows (or a bad header). */
        REJECTED
    }

    public boolean alreadyImported() {
        return status == Status.ALREADY_IMPORTED;
    }

    public boolean rejected() {
        return status == Status.REJECTED;
    }

    /** Rows read per second by an import that loaded; 0 otherwise. */
    public double rowsPerSecond() {
        return status == Status.IMPORTED && seconds > 0 ? (rowsLoaded + rowsRejected) / seconds : 0;
    }
}
