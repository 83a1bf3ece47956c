package io.manyi.moments.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Writes detected moments; a moment found before (same subscriber, type, occurrence, or for a
 * group-level moment the same group, type, occurrence) is left as it was.
 */
@Repository
public class MomentStore {

    private static final int BATCH = 5_000;

    /**
     * A moment ready to be stored: the rule's finding plus its window, value and expected value.
     * {@code groupId} and {@code owner} only for a group-level moment (V20): the group it is about
     * (one per group, type and occurrence) and the person its task goes to.
     */
    public record NewMoment(String type, String msisdn, String occurrence, LocalDate detectedOn, LocalDate windowEnds,
                            String source, Long eventId, String detailZh, String detailEn, BigDecimal valueYuan,
                            BigDecimal expectedValue, String groupId, String owner) {

        public NewMoment(String type, String msisdn, String occurrence, LocalDate detectedOn, LocalDate windowEnds,
                         String source, Long eventId, String detailZh, String detailEn, BigDecimal valueYuan,
                         BigDecimal expectedValue) {
            this(type, msisdn, occurrence, detectedOn, windowEnds, source, eventId, detailZh, detailEn, valueYuan,
                    expectedValue, null, null);
        }
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public MomentStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Inserts the moments not stored yet; returns how many were new. */
    public int insert(List<NewMoment> moments) {
        Timestamp now = Timestamp.from(clock.instant());
        int inserted = 0;
        for (int from = 0; from < moments.size(); from += BATCH) {
            List<NewMoment> batch = moments.subList(from, Math.min(moments.size(), from + BATCH));
            int[][] counts = jdbc.batchUpdate("""
                    insert into moments (type, msisdn, occurrence, detected_on, window_ends, source, event_id,
                                         detail_zh, detail_en, value_yuan, expected_value, status, created_at,
                                         group_id, owner)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'NEW', ?, ?, ?)
                    on conflict do nothing
                    """, batch, batch.size(), (ps, m) -> {
                ps.setString(1, m.type());
                ps.setString(2, m.msisdn());
                ps.setString(3, m.occurrence());
                ps.setDate(4, Date.valueOf(m.detectedOn()));
                ps.setDate(5, Date.valueOf(m.windowEnds()));
                ps.setString(6, m.source());
                if (m.eventId() == null) {
                    ps.setNull(7, Types.BIGINT);
                } else {
                    ps.setLong(7, m.eventId());
                }
                ps.setString(8, m.detailZh());
                ps.setString(9, m.detailEn());
                ps.setBigDecimal(10, m.valueYuan());
                ps.setBigDecimal(11, m.expectedValue());
                ps.setTimestamp(12, now);
                ps.setString(13, m.groupId());
                ps.setString(14, m.owner());
            });
            for (int[] chunk : counts) {
                for (int c : chunk) {
                    inserted += Math.max(0, c);
                }
            }
        }
        return inserted;
    }
}
