package io.manyi.complaints;

import static io.manyi.complaints.internal.TicketRows.ts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Complaint figures over a period, grouped by department, city, brand, channel, category or
 * month: volume, complaints per million subscribers (百万客户申诉率), hours to resolve, SLA
 * compliance and repeat rate; and the Pareto of causes.
 */
@Component
public class ComplaintAnalysis {

    /**
     * One group's figures; {@code perMillion} is every ticket per million subscribers of the group (投诉),
     * {@code appealsPerMillion} the regulator appeals only (申诉: 百万客户申诉率); {@code slaCompliance},
     * {@code appealSlaCompliance} and {@code repeatRate} are shares.
     */
    public record Row(String group, long tickets, BigDecimal perMillion, BigDecimal hoursToResolve, BigDecimal slaCompliance,
                      BigDecimal repeatRate, long appeals, BigDecimal appealsPerMillion, BigDecimal appealSlaCompliance) {
    }

    /**
     * The regulator appeals (申诉: tickets that came through the regulator channel, e.g. MIIT) of a period:
     * how many, per million subscribers (百万客户申诉率), and the share answered within their SLA among those
     * whose SLA is decided (closed, or breached).
     */
    public record Appeals(long appeals, long subscribers, BigDecimal perMillion, long slaDecided, long slaMet,
                          BigDecimal slaCompliance) {
    }

    public Appeals appeals(Instant from, Instant to) {
        return jdbc.sql("""
                        select count(*) as appeals,
                               count(*) filter (where t.closed_at is not null or t.sla_breached_at is not null) as decided,
                               count(*) filter (where (t.closed_at is not null or t.sla_breached_at is not null)
                                                and t.sla_breached_at is null) as met,
                               (select count(*) from subscribers) as subscribers
                        from tickets t where t.channel = ? and t.opened_at >= ? and t.opened_at < ?
                        """).params(Channel.REGULATOR.name(), ts(from), ts(to))
                .query((rs, n) -> {
                    long appeals = rs.getLong("appeals");
                    long subscribers = rs.getLong("subscribers");
                    long decided = rs.getLong("decided");
                    long met = rs.getLong("met");
                    return new Appeals(appeals, subscribers, perMillion(appeals, subscribers), decided, met,
                            decided == 0 ? null : BigDecimal.valueOf(met).divide(BigDecimal.valueOf(decided), 3, RoundingMode.HALF_UP));
                }).single();
    }

    private static BigDecimal perMillion(long part, long population) {
        return population == 0 ? null : BigDecimal.valueOf(part * 1_000_000L).divide(BigDecimal.valueOf(population), 1, RoundingMode.HALF_UP);
    }

    public record Cause(String category, String name, String department, long tickets, BigDecimal share,
                        BigDecimal cumulativeShare) {
    }

    public static final List<String> DIMENSIONS = List.of("department", "city", "brand", "channel", "category", "month");

    private final JdbcClient jdbc;
    private final java.time.ZoneId zone;

    public ComplaintAnalysis(JdbcClient jdbc, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.zone = clock.getZone();
    }

    public List<Row> by(String dimension, Instant from, Instant to) {
        String group = switch (dimension) {
            case "department" -> "coalesce(c.department, p.department, g.department, 'UNKNOWN')";
            case "city" -> "coalesce(s.city, 'UNKNOWN')";
            case "brand" -> "coalesce(s.brand, 'UNKNOWN')";
            case "channel" -> "t.channel";
            case "category" -> "t.category";
            case "month" -> "to_char(t.opened_at at time zone '" + zone.getId() + "', 'YYYY-MM')";
            default -> throw TicketRefused.invalid("dimension must be one of " + DIMENSIONS);
        };
        // The denominator of the per-million rate: subscribers of the group (all subscribers for
        // dimensions that do not split subscribers).
        // Counted once (not once per group): the subscribers by city or brand, or all of them.
        String population = switch (dimension) {
            case "city" -> "select x.city as key, count(*) as n from subscribers x group by 1";
            case "brand" -> "select x.brand as key, count(*) as n from subscribers x group by 1";
            default -> "select cast(null as varchar) as key, count(*) as n from subscribers x";
        };
        String join = switch (dimension) {
            case "city", "brand" -> "left join population p on p.key = grouped.key";
            default -> "cross join population p";
        };
        return jdbc.sql("""
                        with grouped as (
                            select %s as key, count(*) as tickets,
                                   avg(extract(epoch from t.closed_at - t.opened_at) / 3600) filter (where t.status = 'CLOSED') as hours,
                                   avg(case when t.sla_breached_at is null then 1.0 else 0.0 end)
                                       filter (where t.closed_at is not null or t.sla_breached_at is not null) as compliance,
                                   avg(case when t.repeat_of is not null then 1.0 else 0.0 end) as repeats,
                                   count(*) filter (where t.channel = ?) as appeals,
                                   avg(case when t.sla_breached_at is null then 1.0 else 0.0 end)
                                       filter (where t.channel = ? and (t.closed_at is not null or t.sla_breached_at is not null)) as appeal_compliance
                            from tickets t
                            left join subscribers s on s.msisdn = t.msisdn
                            left join complaint_categories c on c.code = t.category
                            left join complaint_categories p on p.code = c.parent_code
                            left join complaint_categories g on g.code = p.parent_code
                            where t.opened_at >= ? and t.opened_at < ?
                            group by 1
                        )
                        , population as (%s)
                        select grouped.key, tickets, coalesce(p.n, 0) as population, hours, compliance, repeats, appeals,
                               appeal_compliance
                        from grouped %s order by tickets desc, grouped.key
                        """.formatted(group, population, join))
                .params(Channel.REGULATOR.name(), Channel.REGULATOR.name(), ts(from), ts(to))
                .query((rs, n) -> {
                    long population1 = rs.getLong("population");
                    long tickets = rs.getLong("tickets");
                    return new Row(rs.getString("key"), tickets,
                            population1 == 0 ? null : BigDecimal.valueOf(tickets * 1_000_000L).divide(BigDecimal.valueOf(population1), 1, RoundingMode.HALF_UP),
                            scale(rs.getBigDecimal("hours"), 1), scale(rs.getBigDecimal("compliance"), 3),
                            scale(rs.getBigDecimal("repeats"), 3), rs.getLong("appeals"),
                            perMillion(rs.getLong("appeals"), population1), scale(rs.getBigDecimal("appeal_compliance"), 3));
                }).list();
    }

    /** Causes (leaf categories) by volume, with each one's share and the running share: the vital few first. */
    public List<Cause> pareto(Instant from, Instant to) {
        List<Map<String, Object>> counts = jdbc.sql("""
                        select t.category, coalesce(c.name_zh || ' / ' || c.name_en, t.category) as name,
                               coalesce(c.department, p.department, g.department, 'UNKNOWN') as department, count(*) as tickets
                        from tickets t
                        left join complaint_categories c on c.code = t.category
                        left join complaint_categories p on p.code = c.parent_code
                        left join complaint_categories g on g.code = p.parent_code
                        where t.opened_at >= ? and t.opened_at < ?
                        group by 1, 2, 3 order by tickets desc, 1
                        """).params(ts(from), ts(to)).query().listOfRows();
        long total = counts.stream().mapToLong(m -> ((Number) m.get("tickets")).longValue()).sum();
        List<Cause> causes = new ArrayList<>();
        long running = 0;
        for (Map<String, Object> m : counts) {
            long n = ((Number) m.get("tickets")).longValue();
            running += n;
            causes.add(new Cause((String) m.get("category"), (String) m.get("name"), (String) m.get("department"), n,
                    share(n, total), share(running, total)));
        }
        return causes;
    }

    private static BigDecimal share(long part, long total) {
        return total == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(total), 3, RoundingMode.HALF_UP);
    }

    private static BigDecimal scale(BigDecimal value, int digits) {
        return value == null ? null : value.setScale(digits, RoundingMode.HALF_UP);
    }
}
