package io.manyi.simulation.internal;

import io.manyi.moments.TaskStatusSql;
import io.manyi.province.Rows;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the province run forward reads from the product's tables: who is still on the network with
 * last month's usage and bill (the forward run's starting point, as imported), and the outcomes the
 * phone managers recorded. One set-based read each, never one query per subscriber.
 */
@Repository
public class ForwardQueries {

    /** A subscriber still with us, their usage and account of the month before. */
    public record Active(Rows.Subscriber subscriber, Rows.Usage usage, Rows.Payment payment) {
    }

    /** An outcome recorded on a closed task: a day of the month it counts for, its main moment type. */
    public record RecordedOutcome(String msisdn, LocalDate day, String type, String outcome) {
    }

    private final JdbcClient jdbc;

    public ForwardQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An open task someone holds: what the simulated staff work. */
    public record OpenTask(long id, String assignee, String type, LocalDate dueOn) {
    }

    /** Every open task held by someone (not the team pool), by id. */
    public List<OpenTask> openTasks() {
        return jdbc.sql("""
                        select id, assignee, type, due_on from task_records
                        where status in %s and assignee is not null
                        order by id
                        """.formatted(TaskStatusSql.HELD))
                .query((rs, n) -> new OpenTask(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getDate(4).toLocalDate()))
                .list();
    }

    public Optional<YearMonth> lastUsageMonth() {
        Date last = jdbc.sql("select max(month) from usage_monthly").query(Date.class).optional().orElse(null);
        return Optional.ofNullable(last).map(d -> YearMonth.from(d.toLocalDate()));
    }

    public long usageRows(YearMonth month) {
        return jdbc.sql("select count(*) from usage_monthly where month = ?").param(Date.valueOf(month.atDay(1)))
                .query(Long.class).single();
    }

    public List<Active> active(YearMonth month) {
        Date m = Date.valueOf(month.atDay(1));
        return jdbc.sql("""
                        select s.msisdn, s.name, s.id_number, s.gender, s.birth_date, s.city, s.district, s.brand,
                               s.plan_code, s.activated_on, s.status, s.number_type, s.contract_end,
                               u.spend, u.local_minutes, u.long_distance_minutes, u.roaming_minutes, u.sms, u.data_mb,
                               u.vas_spend, u.competitor_calls, u.competitor_forwards, u.distinct_contacts,
                               u.competitor_contacts, p.billed, p.paid, p.paid_on, p.arrears, p.days_overdue
                        from subscribers s
                        join usage_monthly u on u.msisdn = s.msisdn and u.month = ?
                        left join payments p on p.msisdn = s.msisdn and p.month = ?
                        where s.status <> 'CANCELLED' and s.cancelled_on is null
                        order by s.msisdn
                        """)
                .params(m, m).query((rs, n) -> active(rs, month)).list();
    }

    /**
     * Outcomes of closed tasks that count for the months from {@code from} to {@code to}: a task the
     * simulated staff closed counts for the simulated month its note names ("simulated 2026-12"),
     * since the product's own dates follow the real clock; any other (closed by a person on the
     * workbench) for the month its first moment was detected.
     */
    public List<RecordedOutcome> outcomes(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select msisdn, day, type, outcome from (
                          select t.id, t.msisdn, t.type, t.outcome,
                                 coalesce(to_date(substring(t.note from '^simulated ([0-9]{4}-[0-9]{2})$'), 'YYYY-MM'),
                                          (select min(m.detected_on) from moment_records m where m.task_id = t.id)) as day
                          from task_records t
                          where t.status in """ + TaskStatusSql.CLOSED_BY_OUTCOME + """
                           and t.outcome is not null
                        ) o
                        where day between ? and ?
                        order by id
                        """)
                .params(Date.valueOf(from), Date.valueOf(to))
                .query((rs, n) -> new RecordedOutcome(rs.getString(1), rs.getDate(2).toLocalDate(), rs.getString(3),
                        rs.getString(4)))
                .list();
    }

    private static Active active(ResultSet rs, YearMonth month) throws SQLException {
        String msisdn = rs.getString("msisdn");
        Rows.Subscriber s = new Rows.Subscriber(msisdn, rs.getString("name"), rs.getString("id_number"),
                rs.getString("gender").charAt(0), date(rs, "birth_date"), rs.getString("city"), rs.getString("district"),
                rs.getString("brand"), rs.getString("plan_code"), date(rs, "activated_on"), rs.getString("status"),
                rs.getString("number_type"), date(rs, "contract_end"), null);
        Rows.Usage u = new Rows.Usage(msisdn, month, fen(rs, "spend"), rs.getInt("local_minutes"),
                rs.getInt("long_distance_minutes"), rs.getInt("roaming_minutes"), rs.getInt("sms"), rs.getInt("data_mb"),
                fen(rs, "vas_spend"), rs.getInt("competitor_calls"), rs.getInt("competitor_forwards"),
                rs.getInt("distinct_contacts"), rs.getInt("competitor_contacts"));
        Rows.Payment p = rs.getBigDecimal("billed") == null ? null : new Rows.Payment(msisdn, month, fen(rs, "billed"),
                fen(rs, "paid"), date(rs, "paid_on"), fen(rs, "arrears"), rs.getInt("days_overdue"));
        return new Active(s, u, p);
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    private static long fen(ResultSet rs, String column) throws SQLException {
        BigDecimal yuan = rs.getBigDecimal(column);
        return yuan == null ? 0 : yuan.movePointRight(2).longValue();
    }
}
