package io.manyi.moments;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What a {@link MomentHolds} may do to the moments it holds back, and which moments wait: the moments
 * feature alone changes a moment's status (issue 13, docs/architecture.md, "Data").
 */
@Component
public class MomentStatuses {

    /**
     * The moments dispatch reads as waiting on a day (parameters: the day, twice), over {@code moments m}
     * or the offered view {@code moment_records m}.
     */
    public static final String WAITING = "m.status = 'NEW' and m.window_ends >= ? and m.detected_on <= ?";

    private final JdbcTemplate jdbc;

    public MomentStatuses(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Holds moments back: SUPPRESSED with {@code reason}, never tasked, merged or texted; only those still NEW. */
    public void suppress(List<Long> momentIds, String reason) {
        if (!momentIds.isEmpty()) {
            jdbc.update("update moments set status = 'SUPPRESSED', suppressed_reason = ? where id = any(?) and status = 'NEW'",
                    reason, jdbc.execute((java.sql.Connection c) -> c.createArrayOf("bigint", momentIds.toArray())));
        }
    }
}
