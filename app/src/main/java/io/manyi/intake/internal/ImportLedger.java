package io.manyi.intake.internal;

import io.manyi.intake.Kind;
import io.manyi.platform.audit.AuditLog;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/**
 * The {@code imports} table (which files of which kind reached the database, by content hash)
 * and the import entries of the audit log (written by {@link AuditLog}). Works on the import's own
 * connection, so that the record commits or rolls back with the rows.
 */
public final class ImportLedger {

    /** A file imported before. */
    public record PastImport(String fileName, long rowsLoaded, long rowsRejected, Instant importedAt) {
    }

    private ImportLedger() {
    }

    /** Serialises imports of one kind: two of them at once could both miss each other's keys. */
    public static void lock(Connection con, Kind kind) throws SQLException {
        try (PreparedStatement statement = con.prepareStatement("select pg_advisory_xact_lock(hashtext(?))")) {
            statement.setString(1, "manyi.import." + kind.cliName());
            statement.execute();
        }
    }

    public static Optional<PastImport> find(Connection con, Kind kind, String sha256) throws SQLException {
        try (PreparedStatement statement = con.prepareStatement(
                "select file_name, rows_loaded, rows_rejected, imported_at from imports where kind = ? and sha256 = ?")) {
            statement.setString(1, kind.cliName());
            statement.setString(2, sha256);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                return Optional.of(new PastImport(rows.getString(1), rows.getLong(2), rows.getLong(3),
                        rows.getTimestamp(4).toInstant()));
            }
        }
    }

    public static void record(Connection con, Kind kind, String fileName, String sha256, long loaded, long rejected,
                              String actor, Instant at) throws SQLException {
        try (PreparedStatement statement = con.prepareStatement("""
                insert into imports (kind, file_name, sha256, rows_loaded, rows_rejected, imported_by, imported_at)
                values (?, ?, ?, ?, ?, ?, ?)""")) {
            statement.setString(1, kind.cliName());
            statement.setString(2, truncate(fileName, 500));
            statement.setString(3, sha256);
            statement.setLong(4, loaded);
            statement.setLong(5, rejected);
            statement.setString(6, truncate(actor, 64));
            statement.setTimestamp(7, Timestamp.from(at));
            statement.executeUpdate();
        }
    }

    public static void audit(Connection con, String actor, String action, Kind kind, String detail, String requestId,
                             Instant at) throws SQLException {
        AuditLog.record(con, at, truncate(actor, 64), action, kind.cliName(), truncate(detail, 2000), truncate(requestId, 64));
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
