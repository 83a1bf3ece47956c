package io.manyi.hall.internal;

import io.manyi.hall.HallCheck;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Writes of closes, corrections, month closes and checks (the tables refuse changes to closed days). */
@Repository
public class HallRecords {

    private final JdbcClient jdbc;

    public HallRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** False when the day was closed meanwhile (the primary key refuses a second close). */
    public boolean insertClose(String hallId, LocalDate day, String countedJson, String resultJson, int differences,
                               String by, Instant at) {
        return jdbc.sql("""
                        insert into hall_day_closes (hall_id, business_day, counted, result, differences, closed_by, closed_at)
                        values (?, ?, cast(? as jsonb), cast(? as jsonb), ?, ?, ?)
                        on conflict do nothing
                        """)
                .params(hallId, Date.valueOf(day), countedJson, resultJson, differences, by, Timestamp.from(at))
                .update() == 1;
    }

    public void insertCorrection(String hallId, LocalDate day, String item, String before, String after, String reason,
                                 String by, Instant at) {
        jdbc.sql("""
                        insert into hall_close_corrections (hall_id, business_day, item, before_value, after_value, reason,
                                                            corrected_by, corrected_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(hallId, Date.valueOf(day), item, before, after, reason, by, Timestamp.from(at)).update();
    }

    public boolean insertMonthClose(String hallId, LocalDate month, String by, Instant at) {
        return jdbc.sql("insert into hall_month_closes values (?, ?, ?, ?) on conflict do nothing")
                .params(hallId, Date.valueOf(month), by, Timestamp.from(at)).update() == 1;
    }

    public long insertCheck(String hallId, String clerk, LocalDate day, String kind, BigDecimal score, BigDecimal maxScore,
                            String note, String by, Instant at) {
        return jdbc.sql("""
                        insert into hall_checks (hall_id, clerk, check_day, kind, score, max_score, note, recorded_by, recorded_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
                        """)
                .params(hallId, clerk, Date.valueOf(day), kind, score, maxScore, note, by, Timestamp.from(at))
                .query(Long.class).single();
    }

    public List<HallCheck> checks(String hallId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select id, hall_id, clerk, check_day, kind, score, max_score, note, recorded_by from hall_checks
                        where hall_id = ? and check_day between ? and ? order by check_day desc, id desc
                        """)
                .params(hallId, Date.valueOf(from), Date.valueOf(to))
                .query((rs, n) -> new HallCheck(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getDate(4).toLocalDate(),
                        rs.getString(5), rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getString(8), rs.getString(9)))
                .list();
    }
}
