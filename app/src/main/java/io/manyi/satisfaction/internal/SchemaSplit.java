package io.manyi.satisfaction.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.zip.CRC32;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.springframework.stereotype.Component;

/**
 * The satisfaction tables moved out of {@code V11__complaints.sql} into their own
 * {@code V11_1__satisfaction.sql}. A database migrated before the move ran the old V11, so it has
 * the tables and a V11 checksum Flyway would now call a mismatch, and no V11.1 (which Flyway would
 * call an ignored migration). Before Flyway validates, this records the move in such a database's
 * history: V11 gets the new file's checksum and V11.1 is recorded as applied, without running it.
 * Any other difference in V11 (a hand-edited file) still fails validation as it should.
 */
@Component
class SchemaSplit implements Callback {

    /** Flyway's checksum of V11__complaints.sql as it was before the move. */
    static final int OLD_V11_CHECKSUM = -363488543;
    static final String COMPLAINTS = "V11__complaints.sql";
    static final String SATISFACTION = "V11_1__satisfaction.sql";

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.BEFORE_VALIDATE || event == Event.BEFORE_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public String getCallbackName() {
        return "satisfaction-schema-split";
    }

    @Override
    public void handle(Event event, Context context) {
        String history = context.getConfiguration().getTable();
        try {
            recordTheMove(context.getConnection(), history);
        } catch (SQLException e) {
            throw new IllegalStateException("recording the satisfaction schema split in " + history + " failed", e);
        }
    }

    static void recordTheMove(Connection connection, String history) throws SQLException {
        if (!exists(connection, history) || !oldV11Without11_1(connection, history)) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(
                "update " + history + " set checksum = ? where version = '11'")) {
            update.setInt(1, checksum(COMPLAINTS));
            update.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement("insert into " + history
                + " (installed_rank, version, description, type, script, checksum, installed_by, installed_on, execution_time, success)"
                + " select max(installed_rank) + 1, '11.1', 'satisfaction', 'SQL', ?, ?, current_user, now(), 0, true from " + history)) {
            insert.setString(1, SATISFACTION);
            insert.setInt(2, checksum(SATISFACTION));
            insert.executeUpdate();
        }
    }

    private static boolean exists(Connection connection, String table) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select to_regclass(?) is not null")) {
            query.setString(1, table);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    private static boolean oldV11Without11_1(Connection connection, String history) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select"
                + " exists (select 1 from " + history + " where version = '11' and checksum = ?),"
                + " exists (select 1 from " + history + " where version = '11.1')")) {
            query.setInt(1, OLD_V11_CHECKSUM);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() && rs.getBoolean(1) && !rs.getBoolean(2);
            }
        }
    }

    /**
     * Flyway's checksum of a migration script: CRC32 over its lines' UTF-8 bytes without the line
     * breaks (and without a byte-order mark). Flyway's own calculator is internal API; the
     * integration test checks this one against every checksum Flyway recorded.
     */
    static int checksum(String script) {
        CRC32 crc = new CRC32();
        try (InputStream in = SchemaSplit.class.getResourceAsStream("/db/migration/" + script)) {
            if (in == null) {
                throw new IllegalStateException("no migration " + script + " on the classpath");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            boolean first = true;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                crc.update((first ? line.replace("\uFEFF", "") : line).getBytes(StandardCharsets.UTF_8));
                first = false;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return (int) crc.getValue();
    }
}
