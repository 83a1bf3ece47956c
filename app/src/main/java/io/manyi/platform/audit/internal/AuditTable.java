package io.manyi.platform.audit.internal;

import io.manyi.platform.audit.AuditEntry;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The append-only {@code audit_log} table. */
@Repository
public class AuditTable {

    /** The insert with positional parameters (at, actor, action, subject, detail, request_id). */
    public static final String INSERT_POSITIONAL = """
            insert into audit_log (at, actor, action, subject, detail, request_id) values (?, ?, ?, ?, ?, ?)""";

    private final JdbcClient jdbc;

    public AuditTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Instant at, String actor, String action, String subject, String detail, String requestId) {
        jdbc.sql("""
                        insert into audit_log (at, actor, action, subject, detail, request_id)
                        values (:at, :actor, :action, :subject, :detail, :requestId)
                        """)
                .param("at", Timestamp.from(at))
                .param("actor", actor)
                .param("action", action)
                .param("subject", subject)
                .param("detail", detail)
                .param("requestId", requestId)
                .update();
    }

    /** The latest entries, newest first, of one actor or of everyone when {@code actor} is null. */
    public List<AuditEntry> latest(String actor, int limit) {
        String where = actor == null ? "" : "where actor = :actor ";
        var spec = jdbc.sql("select id, at, actor, action, subject, detail, request_id from audit_log "
                        + where + "order by at desc, id desc limit :limit")
                .param("limit", limit);
        if (actor != null) {
            spec = spec.param("actor", actor);
        }
        return spec.query((rs, n) -> new AuditEntry(rs.getLong("id"), rs.getTimestamp("at").toInstant(),
                        rs.getString("actor"), rs.getString("action"), rs.getString("subject"),
                        rs.getString("detail"), rs.getString("request_id")))
                .list();
    }
}
