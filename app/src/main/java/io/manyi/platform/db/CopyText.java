package io.manyi.platform.db;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * One {@code COPY ... FROM STDIN} in PostgreSQL's text format on the caller's connection (so in
 * its transaction): rows are appended to a buffer sent in chunks of about a megabyte. The caller
 * writes a row's tab-separated fields into {@link #row()} and ends it with {@link #endRow()}; a
 * COPY not finished is cancelled on close, so nothing of it stays.
 */
public final class CopyText implements AutoCloseable {

    private static final int FLUSH_AT = 1 << 20;

    private final CopyIn copy;
    private final StringBuilder text = new StringBuilder(FLUSH_AT + 8192);
    private boolean done;

    public CopyText(Connection con, String sql) throws SQLException {
        this.copy = con.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
    }

    /** The buffer the current row's fields are appended to. */
    public StringBuilder row() {
        return text;
    }

    public void endRow() throws SQLException {
        text.append('\n');
        if (text.length() >= FLUSH_AT) {
            flush();
        }
    }

    /** Appends an amount of fen as yuan with two decimals ({@code -1234} as {@code -12.34}). */
    public static StringBuilder appendYuan(StringBuilder t, long fen) {
        if (fen < 0) {
            t.append('-');
            fen = -fen;
        }
        long cents = fen % 100;
        return t.append(fen / 100).append('.').append(cents < 10 ? "0" : "").append(cents);
    }

    /** Ends the COPY; returns the rows written. */
    public long finish() throws SQLException {
        flush();
        done = true;
        return copy.endCopy();
    }

    @Override
    public void close() throws SQLException {
        if (!done && copy.isActive()) {
            copy.cancelCopy();
        }
    }

    private void flush() throws SQLException {
        if (!text.isEmpty()) {
            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            text.setLength(0);
        }
    }
}
