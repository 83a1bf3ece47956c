package io.manyi.groups.internal;

import io.manyi.groups.GroupDetail;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The group-level moments found for a group, newest first. */
@Repository
public class GroupMomentRows {

    private static final int LIMIT = 20;

    private final JdbcTemplate jdbc;

    public GroupMomentRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<GroupDetail.Moment> of(String groupId, boolean english) {
        return jdbc.query("""
                select type, occurrence, detected_on, status, detail_zh, detail_en, task_id from moment_records
                where group_id = ? order by detected_on desc, id desc limit ?
                """, (rs, n) -> {
            long task = rs.getLong("task_id");
            Long taskId = rs.wasNull() ? null : task;
            return new GroupDetail.Moment(rs.getString("type"), rs.getString("occurrence"),
                    rs.getDate("detected_on").toLocalDate(), rs.getString("status"),
                    rs.getString(english ? "detail_en" : "detail_zh"), taskId);
        }, groupId, LIMIT);
    }
}
