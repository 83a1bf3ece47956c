package io.manyi.churn.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.YearMonth;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/** Writes churn_scores rows with one COPY on the run's connection (so in its transaction). */
public final class ScoreCopy implements AutoCloseable {

    private static final int FLUSH_AT = 1 << 20;
    private static final String SQL = """
            copy churn_scores (month, msisdn, model_version, probability, composite, health_tariff, health_services,
                health_experience, health_circle, value_yuan, reasons_en, reasons_zh) from stdin
            """;

    private final CopyIn copy;
    private final String monthText;
    private final String version;
    private final StringBuilder text = new StringBuilder(FLUSH_AT + 8192);
    private boolean done;

    public ScoreCopy(Connection con, YearMonth month, String modelVersion) throws SQLException {
        this.copy = con.unwrap(PGConnection.class).getCopyAPI().copyIn(SQL);
        this.monthText = month.atDay(1).toString();
        this.version = modelVersion;
    }

    public void write(String msisdn, double probability, int composite, int tariff, int services, int experience,
                      int circle, long valueFen, String[] reasonsEn, String[] reasonsZh, int reasons) throws SQLException {
        StringBuilder t = text;
        t.append(monthText).append('\t').append(msisdn).append('\t').append(version).append('\t')
                .append((float) probability).append('\t').append(composite).append('\t').append(tariff).append('\t')
                .append(services).append('\t').append(experience).append('\t').append(circle).append('\t');
        t.append(valueFen / 100).append('.');
        long cents = valueFen % 100;
        t.append(cents < 10 ? "0" : "").append(cents).append('\t');
        array(t, reasonsEn, reasons);
        t.append('\t');
        array(t, reasonsZh, reasons);
        t.append('\n');
        if (t.length() >= FLUSH_AT) {
            flush();
        }
    }

    /** A text[] literal inside COPY text: elements quoted, their quotes and backslashes escaped twice. */
    static void array(StringBuilder t, String[] items, int count) {
        t.append('{');
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                t.append(',');
            }
            t.append('"');
            String item = items[i];
            for (int c = 0; c < item.length(); c++) {
                char ch = item.charAt(c);
                if (ch == '"' || ch == '\\') {
                    t.append("\\\\").append(ch == '\\' ? "\\\\" : "\"");
                } else if (ch == '\t' || ch == '\n' || ch == '\r') {
                    t.append(' ');
                } else {
                    t.append(ch);
                }
            }
            t.append('"');
        }
        t.append('}');
    }

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
