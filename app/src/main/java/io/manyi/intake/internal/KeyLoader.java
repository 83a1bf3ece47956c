package io.manyi.intake.internal;

import io.manyi.intake.KnownKeys;
import io.manyi.intake.Reference;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import org.postgresql.PGConnection;

/**
 * Loads the keys already in the database that rows may refer to. Phone numbers come through
 * {@code COPY ... TO STDOUT} straight into the compact set, without a String or row object each.
 */
public final class KeyLoader {

    private KeyLoader() {
    }

    public static void ensureLoaded(Connection con, KnownKeys known, Collection<Reference> references) throws SQLException {
        for (Reference reference : references) {
            if (!known.isLoaded(reference)) {
                load(con, known, reference);
                known.markLoaded(reference);
            }
        }
    }

    private static void load(Connection con, KnownKeys known, Reference reference) throws SQLException {
        switch (reference) {
            case SUBSCRIBER -> loadSubscribers(con, known);
            case PLAN -> loadCodes(con, known, reference, "select plan_code from plans");
            case STAFF -> loadCodes(con, known, reference, "select username from staff");
            case GROUP -> loadCodes(con, known, reference, "select group_id from group_customers");
        }
    }

    private static void loadCodes(Connection con, KnownKeys known, Reference reference, String sql) throws SQLException {
        try (PreparedStatement statement = con.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                known.add(reference, rows.getString(1));
            }
        }
    }

    private static void loadSubscribers(Connection con, KnownKeys known) throws SQLException {
        try {
            con.unwrap(PGConnection.class).getCopyAPI()
                    .copyOut("copy (select msisdn from subscribers) to stdout", new MsisdnParser(known));
        } catch (IOException e) {
            throw new SQLException("Could not read the known phone numbers", e);
        }
    }

    /** Parses the COPY output, one 11-digit number per line, as it streams by. */
    private static final class MsisdnParser extends OutputStream {
        private final KnownKeys known;
        private long value;

        MsisdnParser(KnownKeys known) {
            this.known = known;
        }

        @Override
        public void write(int b) {
            if (b == '\n') {
                if (value > 0) {
                    known.addSubscriber(value);
                }
                value = 0;
            } else if (b >= '0' && b <= '9') {
                value = value * 10 + (b - '0');
            }
        }

        @Override
        public void write(byte[] bytes, int off, int len) {
            for (int i = off; i < off + len; i++) {
                write(bytes[i]);
            }
        }
    }
}
