package io.manyi.staff.internal;

import io.manyi.staff.Scorecard;
import io.manyi.staff.StaffWeights;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** {@code staff_assessments}: one row per employee and month, components and weights as JSON. */
@Repository
public class AssessmentTable {

    public record Row(AssessmentFigures.Employee employee, Scorecard card, StaffWeights weights) {
    }

    /** A stored assessment; {@code components} as stored: component, score, weight, share, figures. */
    public record Stored(YearMonth month, String username, String role, String unit, String displayName, Double total,
                         List<Map<String, Object>> components, Instant computedAt) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final JsonMapper json = JsonMapper.builder().build();

    public AssessmentTable(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    public void replaceMonth(YearMonth month, List<Row> rows, Instant at) {
        Date first = Date.valueOf(month.atDay(1));
        jdbc.sql("delete from staff_assessments where month = ?").param(first).update();
        List<Object[]> args = new ArrayList<>();
        for (Row row : rows) {
            List<Map<String, Object>> components = new ArrayList<>();
            for (Scorecard.Line line : row.card().lines()) {
                Map<String, Object> c = new LinkedHashMap<>();
                c.put("component", line.component().name());
                c.put("score", line.score());
                c.put("weight", line.weight());
                c.put("share", Math.round(line.share() * 1000) / 1000.0);
                c.put("figures", line.figures());
                components.add(c);
            }
            args.add(new Object[] {first, row.employee().username(), row.employee().role().name(), row.employee().unit(),
                    row.employee().displayName(), row.card().total(), json.writeValueAsString(components),
                    json.writeValueAsString(row.weights()), Timestamp.from(at)});
        }
        template.batchUpdate("""
                insert into staff_assessments (month, username, role, unit, display_name, total, components, weights, computed_at)
                values (?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), ?)
                """, args);
    }

    /** Assessments of the months {@code from}..{@code to}, of one role (or all when null), optionally one person. */
    public List<Stored> read(YearMonth from, YearMonth to, String role, String username) {
        return jdbc.sql("""
                        select month, username, role, unit, display_name, total::float8, components::text, computed_at
                        from staff_assessments
                        where month between ? and ? and (cast(? as varchar) is null or role = ?)
                          and (cast(? as varchar) is null or username = ?)
                        order by month, username
                        """)
                .params(Date.valueOf(from.atDay(1)), Date.valueOf(to.atDay(1)), role, role, username, username)
                .query((rs, n) -> new Stored(YearMonth.from(rs.getDate(1).toLocalDate()), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getObject(6, Double.class),
                        inOrder(json.readValue(rs.getString(7), new TypeReference<List<Map<String, Object>>>() { })),
                        rs.getTimestamp(8).toInstant()))
                .list();
    }

    /** The order figures are written in (jsonb keeps keys in an order of its own). */
    private static final List<String> FIGURE_ORDER = List.of("count", "tests", "averagePercent", "visits", "averageWaitMinutes",
            "averageServiceMinutes", "surveysSent", "answered", "averageScore", "callbacks", "closed", "reached", "due", "done",
            "accepted", "target");

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> inOrder(List<Map<String, Object>> components) {
        for (Map<String, Object> component : components) {
            if (component.get("figures") instanceof Map<?, ?> figures) {
                Map<String, Object> ordered = new LinkedHashMap<>();
                FIGURE_ORDER.stream().filter(figures::containsKey).forEach(k -> ordered.put(k, figures.get(k)));
                ((Map<String, Object>) figures).forEach(ordered::putIfAbsent);
                component.put("figures", ordered);
            }
        }
        return components;
    }

    /** The months that have assessments, newest first. */
    public List<YearMonth> months() {
        return jdbc.sql("select distinct month from staff_assessments order by month desc")
                .query((rs, n) -> YearMonth.from(rs.getDate(1).toLocalDate())).list();
    }
}
