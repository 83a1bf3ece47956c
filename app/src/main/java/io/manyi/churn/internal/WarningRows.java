package io.manyi.churn.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** churn_warnings: one row per (month, subscriber, rule), inserted once however often a month is run. */
@Component
public class WarningRows {

    private static final int BATCH = 5_000;

    public record Row(String msisdn, String rule, String detailEn, String detailZh) {
    }

    private final JdbcTemplate jdbc;

    public WarningRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the rows not on file yet; returns those that were new. */
    public List<Row> insertNew(YearMonth month, List<Row> rows, Instant at) {
        Date monthDate = Date.valueOf(month.atDay(1));
        Timestamp firedAt = Timestamp.from(at);
        List<Row> inserted = new ArrayList<>();
        for (int from = 0; from < rows.size(); from += BATCH) {
            List<Row> batch = rows.subList(from, Math.min(rows.size(), from + BATCH));
            int[][] counts = jdbc.batchUpdate("""
                    insert into churn_warnings (month, msisdn, rule, detail_en, detail_zh, fired_at)
                    values (?, ?, ?, ?, ?, ?)
                    on conflict (month, msisdn, rule) do nothing
                    """, batch, batch.size(), (ps, r) -> {
                ps.setDate(1, monthDate);
                ps.setString(2, r.msisdn());
                ps.setString(3, r.rule());
                ps.setString(4, r.detailEn());
                ps.setString(5, r.detailZh());
                ps.setTimestamp(6, firedAt);
            });
            int i = 0;
            for (int[] chunk : counts) {
                for (int count : chunk) {
                    if (count != 0) { // 1, or SUCCESS_NO_INFO when the driver rewrites the batch
                        inserted.add(batch.get(i));
                    }
                    i++;
                }
            }
        }
        return inserted;
    }
}
