package io.manyi.churn.internal;

import io.manyi.platform.db.CopyText;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.YearMonth;

/** Writes churn_scores rows with one COPY on the run's connection (so in its transaction). */
public final class ScoreCopy implements AutoCloseable {

    private static final String SQL = """
            copy churn_scores (month, msisdn, model_version, probability, composite, health_tariff, health_services,
                health_experience, health_circle, value_yuan, reasons_en, reasons_zh) from stdin
            """;

    private final CopyText copy;
    private final String monthText;
    private final String version;

    public ScoreCopy(Connection con, YearMonth month, String modelVersion) throws SQLException {
        this.copy = new CopyText(con, SQL);
        this.monthText = month.atDay(1).toString();
        this.version = modelVersion;
    }

    public void write(String msisdn, double probability, int composite, int tariff, int services, int experience,
                      int circle, long valueFen, String[] reasonsEn, String[] reasonsZh, int reasons) throws SQLException {
        StringBuilder t = copy.row();
        t.append(monthText).append('\t').append(msisdn).append('\t').append(version).append('\t')
                .append((float) probability).append('\t').append(composite).append('\t').append(tariff).append('\t')
                .append(services).append('\t').append(experience).append('\t').append(circle).append('\t');
        CopyText.appendYuan(t, valueFen).append('\t');
        array(t, reasonsEn, reasons);
        t.append('\t');
        array(t, reasonsZh, reasons);
        copy.endRow();
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
        return copy.finish();
    }

    @Override
    public void close() throws SQLException {
        copy.close();
    }
}
