package io.manyi.staff.internal;

import io.manyi.moments.TaskStatusSql;
import io.manyi.staff.Normalisation;
import io.manyi.staff.Scorecard.Measured;
import io.manyi.staff.StaffRole;
import io.manyi.staff.StaffRole.Component;
import io.manyi.staff.StaffWeights;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The figures of a month behind each component, per employee, read from where the work is
 * recorded: hall checks, knowledge tests, surveys and callbacks for clerks; tasks and the surveys
 * after them for phone managers (docs/staff-assessment.md).
 */
@Repository
public class AssessmentFigures {

    /** One employee's measured components of a month. */
    public record Employee(String username, StaffRole role, String unit, String displayName, List<Measured> measured) {
    }

    private final JdbcClient jdbc;

    public AssessmentFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every hall clerk and hall manager (hall_staff), with the month's figures. */
    public List<Employee> clerks(YearMonth month, ZoneId zone, StaffWeights weights) {
        Date first = Date.valueOf(month.atDay(1));
        Date last = Date.valueOf(month.atEndOfMonth());
        Timestamp from = Timestamp.from(month.atDay(1).atStartOfDay(zone).toInstant());
        Timestamp to = Timestamp.from(month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant());
        Map<String, Map<String, Object>> checks = new HashMap<>();
        jdbc.sql("""
                        select clerk || ':' || kind, count(*), avg(score / max_score)::float8 from hall_check_records
                        where clerk is not null and check_day between ? and ? group by clerk, kind
                        """).params(first, last)
                .query(rs -> {
                    checks.put(rs.getString(1), figures("count", rs.getLong(2), "averagePercent", pct(rs.getDouble(3))));
                });
        Map<String, Map<String, Object>> tests = new HashMap<>();
        jdbc.sql("""
                        select username, count(*), avg(score / max_score)::float8 from staff_knowledge_tests
                        where week_of between ? and ? group by username
                        """).params(first, last)
                .query(rs -> {
                    tests.put(rs.getString(1), figures("tests", rs.getLong(2), "averagePercent", pct(rs.getDouble(3))));
                });
        Map<String, Map<String, Object>> onsite = new HashMap<>();
        jdbc.sql("""
                        with v as (
                            select clerk, count(*) as visits,
                                   (avg(extract(epoch from called_at - arrived_at)) / 60)::float8 as wait,
                                   (avg(extract(epoch from finished_at - called_at)) / 60)::float8 as service
                            from hall_visit_records where clerk is not null and arrived_at >= ? and arrived_at < ? group by clerk
                        ), s as (
                            select clerk, count(*) as sent, count(score) as answered, avg(score)::float8 as score
                            from survey_records where touchpoint = 'HALL_VISIT' and clerk is not null and sent_at >= ? and sent_at < ?
                            group by clerk
                        )
                        select coalesce(v.clerk, s.clerk), coalesce(v.visits, 0), v.wait, v.service, coalesce(s.sent, 0),
                               coalesce(s.answered, 0), s.score
                        from v full join s on s.clerk = v.clerk
                        """).params(from, to, from, to)
                .query(rs -> {
                    onsite.put(rs.getString(1), figures("visits", rs.getLong(2), "averageWaitMinutes", round(rs.getObject(3, Double.class)),
                            "averageServiceMinutes", round(rs.getObject(4, Double.class)), "surveysSent", rs.getLong(5),
                            "answered", rs.getLong(6), "averageScore", round(rs.getObject(7, Double.class))));
                });
        Map<String, Map<String, Object>> callbacks = new HashMap<>();
        jdbc.sql("""
                        select s.clerk, count(*), count(*) filter (where c.status = 'DONE'),
                               count(*) filter (where c.status = 'DONE' and c.indicator is not null)
                        from callback_records c join survey_records s on s.id = c.survey_id
                        where s.touchpoint = 'HALL_VISIT' and s.clerk is not null and c.created_at >= ? and c.created_at < ?
                        group by s.clerk
                        """).params(from, to)
                .query(rs -> {
                    callbacks.put(rs.getString(1), figures("callbacks", rs.getLong(2), "closed", rs.getLong(3),
                            "reached", rs.getLong(4)));
                });
        List<Employee> employees = new ArrayList<>();
        jdbc.sql("""
                        select h.username, h.hall_id, coalesce(s.display_name, h.display_name) from hall_clerks h
                        left join staff s on s.username = h.username order by h.username
                        """)
                .query(rs -> {
                    String clerk = rs.getString(1);
                    Map<String, Object> compliance = checks.getOrDefault(clerk + ":COMPLIANCE", figures("count", 0L));
                    Map<String, Object> mystery = checks.getOrDefault(clerk + ":MYSTERY_SHOPPER", figures("count", 0L));
                    Map<String, Object> test = tests.getOrDefault(clerk, figures("tests", 0L));
                    Map<String, Object> rated = onsite.getOrDefault(clerk, figures("visits", 0L, "surveysSent", 0L, "answered", 0L));
                    Map<String, Object> called = callbacks.getOrDefault(clerk, figures("callbacks", 0L, "closed", 0L, "reached", 0L));
                    List<Measured> measured = List.of(
                            new Measured(Component.COMPLIANCE, percent(compliance), compliance),
                            new Measured(Component.KNOWLEDGE_TEST, percent(test), test),
                            new Measured(Component.MYSTERY_SHOPPER, percent(mystery), mystery),
                            new Measured(Component.ONSITE_SATISFACTION,
                                    Normalisation.surveyScore((Double) rated.get("averageScore")), rated),
                            new Measured(Component.CALLBACK_SATISFACTION, Normalisation.rate((Long) called.get("reached"),
                                    (Long) called.get("callbacks"), weights.target(Component.CALLBACK_SATISFACTION)), called));
                    employees.add(new Employee(clerk, StaffRole.HALL_CLERK, rs.getString(2), rs.getString(3), measured));
                });
        return employees;
    }

    /**
     * Every phone manager (staff), with the month's figures: tasks due from the 1st to {@code lastDay}
     * (the month's end, or the day before the run in the running month), their outcomes, and the
     * surveys after them.
     */
    public List<Employee> phoneManagers(YearMonth month, LocalDate lastDay, StaffWeights weights) {
        Date first = Date.valueOf(month.atDay(1));
        Date last = Date.valueOf(lastDay);
        Map<String, long[]> tasks = new HashMap<>();
        jdbc.sql("""
                        select assignee, count(*), count(*) filter (where status in %s),
                               count(*) filter (where outcome in %s),
                               count(*) filter (where outcome = 'REACHED_ACCEPTED')
                        from task_records where assignee is not null and channel = 'PHONE_MANAGER' and due_on between ? and ?
                        group by assignee
                        """.formatted(TaskStatusSql.CLOSED_BY_OUTCOME, TaskStatusSql.REACHED)).params(first, last)
                .query(rs -> {
                    tasks.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)});
                });
        Map<String, Map<String, Object>> surveys = new HashMap<>();
        jdbc.sql("""
                        select t.assignee, count(*), count(s.score), avg(s.score)::float8
                        from survey_records s join task_records t on t.id = s.task_id
                        where t.assignee is not null and t.due_on between ? and ? group by t.assignee
                        """).params(first, last)
                .query(rs -> {
                    surveys.put(rs.getString(1), figures("surveysSent", rs.getLong(2), "answered", rs.getLong(3),
                            "averageScore", round(rs.getObject(4, Double.class))));
                });
        List<Employee> employees = new ArrayList<>();
        jdbc.sql("select username, team, display_name from staff where role = 'PHONE_MANAGER' order by username")
                .query(rs -> {
                    String pm = rs.getString(1);
                    long[] t = tasks.getOrDefault(pm, new long[4]);
                    Map<String, Object> rated = surveys.getOrDefault(pm, figures("surveysSent", 0L, "answered", 0L));
                    List<Measured> measured = List.of(
                            new Measured(Component.TASK_COMPLETION, Normalisation.rate(t[1], t[0],
                                    weights.target(Component.TASK_COMPLETION)), figures("due", t[0], "done", t[1])),
                            new Measured(Component.CONVERSION, Normalisation.rate(t[3], t[2], weights.target(Component.CONVERSION)),
                                    figures("reached", t[2], "accepted", t[3], "target", weights.target(Component.CONVERSION))),
                            new Measured(Component.SATISFACTION, Normalisation.surveyScore((Double) rated.get("averageScore")), rated));
                    employees.add(new Employee(pm, StaffRole.PHONE_MANAGER, rs.getString(2), rs.getString(3), measured));
                });
        return employees;
    }

    private static Double percent(Map<String, Object> figures) {
        Object average = figures.get("averagePercent");
        return average == null ? null : Normalisation.percentOfMax(((Double) average) / 100);
    }

    private static Double pct(double ratio) {
        return Math.round(ratio * 1000) / 10.0;
    }

    private static Double round(Double value) {
        return value == null ? null : Math.round(value * 100) / 100.0;
    }

    private static Map<String, Object> figures(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                map.put((String) pairs[i], pairs[i + 1]);
            }
        }
        return map;
    }
}
