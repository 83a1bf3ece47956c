package io.manyi.platform.status;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Row counts per kind of data, for {@code ./manyi status} and the admin page. */
@Component
public class TableCounts {

    /** Kind name (as in {@code ./manyi import KIND}) to table; later features add their own. */
    private static final Map<String, String> TABLES = tables();

    private final JdbcClient jdbc;

    public TableCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static Map<String, String> tables() {
        Map<String, String> tables = new LinkedHashMap<>();
        tables.put("plans", "plans");
        tables.put("staff", "staff");
        tables.put("subscribers", "subscribers");
        tables.put("assignments", "assignments");
        tables.put("groups", "group_customers");
        tables.put("group_members", "group_members");
        tables.put("usage", "usage_monthly");
        tables.put("payments", "payments");
        tables.put("vas_subscriptions", "vas_subscriptions");
        tables.put("complaints", "complaints");
        tables.put("users", "users");
        tables.put("audit_log", "audit_log");
        tables.put("moments", "moments");
        tables.put("tasks", "tasks");
        tables.put("campaign_members", "campaign_members");
        tables.put("ledger_entries", "points_entries");
        return tables;
    }

    public Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        TABLES.forEach((kind, table) -> counts.put(kind, exists(table)
                ? jdbc.sql("select count(*) from " + table).query(Long.class).single() : 0L));
        return counts;
    }

    /** A table a feature not installed here would make (campaign_members) counts 0. */
    private boolean exists(String table) {
        return jdbc.sql("select to_regclass(?) is not null").param(table).query(Boolean.class).single();
    }

    public static String toJson(Map<String, Long> counts) {
        return counts.entrySet().stream()
                .map(e -> "\"" + e.getKey() + "\":" + e.getValue())
                .collect(Collectors.joining(",", "{", "}"));
    }
}
