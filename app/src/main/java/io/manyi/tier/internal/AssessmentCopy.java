package io.manyi.tier.internal;

import io.manyi.tier.Reason;
import io.manyi.tier.StarAssessment;
import io.manyi.tier.VipDecision;
import io.manyi.platform.db.CopyText;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Writes assessments with one COPY on the run's own connection (so in its transaction), in
 * buffered chunks of text. Every value written is digits, a month, a code or JSON made of those,
 * so no COPY escaping is needed beyond the JSON's own.
 */
public final class AssessmentCopy implements AutoCloseable {

    private static final String SQL = """
            copy tier_assessments (month, msisdn, stars, candidate_stars, previous_stars, months_below, score,
                tenure_points, spend_points, stability_points, arrears_points, average_spend, reasons,
                vip_review, vip_cycle_year, vip_card, vip_points, vip_months) from stdin
            """;

    private final CopyText copy;

    public AssessmentCopy(Connection con) throws SQLException {
        this.copy = new CopyText(con, SQL);
    }

    public void write(StarAssessment a, VipDecision vip) throws SQLException {
        StringBuilder t = copy.row();
        t.append(a.month().atDay(1)).append('\t').append(a.msisdn()).append('\t')
                .append(a.stars()).append('\t').append(a.candidateStars()).append('\t')
                .append(a.previousStars() == null ? "\\N" : a.previousStars()).append('\t')
                .append(a.monthsBelow()).append('\t').append(a.score()).append('\t')
                .append(a.parts().tenure()).append('\t').append(a.parts().spend()).append('\t')
                .append(a.parts().stability()).append('\t').append(a.parts().arrears()).append('\t');
        CopyText.appendYuan(t, a.averageSpendFen());
        t.append('\t');
        appendReasons(t, a);
        t.append('\t');
        if (vip == null) {
            t.append("\\N\t\\N\t\\N\t\\N\t\\N");
        } else {
            t.append(vip.kind()).append('\t').append(vip.cycleYear()).append('\t')
                    .append(vip.card() == null ? "\\N" : vip.card().name()).append('\t')
                    .append(vip.points()).append('\t').append(vip.months());
        }
        copy.endRow();
    }

    /** Ends the COPY; returns the rows written. */
    public long finish() throws SQLException {
        return copy.finish();
    }

    @Override
    public void close() throws SQLException {
        copy.close();
    }

    /** The reasons as {@code [{"code":"TENURE","points":20,"args":["9"]}, ...]}. */
    static void appendReasons(StringBuilder t, StarAssessment a) {
        t.append('[');
        boolean firstReason = true;
        for (Reason r : a.reasons()) {
            if (!firstReason) {
                t.append(',');
            }
            firstReason = false;
            t.append("{\"code\":\"").append(r.code().name()).append("\",\"points\":").append(r.points()).append(",\"args\":[");
            for (int i = 0; i < r.args().size(); i++) {
                if (i > 0) {
                    t.append(',');
                }
                t.append('"');
                String arg = r.args().get(i);
                for (int c = 0; c < arg.length(); c++) {
                    char ch = arg.charAt(c);
                    if (ch == '"') {
                        t.append("\\\\\""); // JSON's \", its backslash doubled for COPY text
                    } else if (ch == '\\') {
                        t.append("\\\\\\\\");
                    } else if (ch >= ' ') {
                        t.append(ch);
                    }
                }
                t.append('"');
            }
            t.append("]}");
        }
        t.append(']');
    }
}
