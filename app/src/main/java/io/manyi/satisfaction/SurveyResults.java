package io.manyi.satisfaction;

import static io.manyi.platform.db.SqlValues.timestamp;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Satisfaction over a period: by touchpoint, city, brand or month; the average of each dimension
 * question; and the share of lost points each department owns. A survey loses 10 - score
 * points; after a complaint they belong to the department that owns the complaint's category,
 * otherwise to the owner of the dimension the subscriber scored lowest, otherwise to the owner of
 * the touchpoint ({@link SurveyRules#ownerOf}).
 */
@Component
public class SurveyResults {

    public record Row(String group, long sent, long answered, BigDecimal responseRate, BigDecimal averageScore,
                      BigDecimal lowShare) {
    }

    public record Attribution(String department, long lostPoints, BigDecimal share) {
    }

    public static final List<String> GROUPS = List.of("touchpoint", "city", "brand", "month");

    private final JdbcClient jdbc;
    private final Surveys surveys;
    private final Clock clock;

    public SurveyResults(JdbcClient jdbc, Surveys surveys, Clock clock) {
        this.jdbc = jdbc;
        this.surveys = surveys;
        this.clock = clock;
    }

    public List<Row> by(String group, Instant from, Instant to) {
        String key = switch (group) {
            case "touchpoint" -> "v.touchpoint";
            case "city" -> "coalesce(s.city, 'UNKNOWN')";
            case "brand" -> "coalesce(s.brand, 'UNKNOWN')";
            case "month" -> "to_char(v.sent_at at time zone '" + clock.getZone().getId() + "', 'YYYY-MM')";
            default -> throw SurveyRefused.invalid("group must be one of " + GROUPS);
        };
        int low = surveys.rules().lowScoreMax();
        return jdbc.sql("""
                        select %s as key, count(*) as sent, count(v.score) as answered, avg(v.score) as average,
                               avg(case when v.score <= ? then 1.0 else 0.0 end) filter (where v.score is not null) as low
                        from surveys v left join subscribers s on s.msisdn = v.msisdn
                        where v.sent_at >= ? and v.sent_at < ?
                        group by 1 order by 1
                        """.formatted(key))
                .params(low, timestamp(from), timestamp(to))
                .query((rs, n) -> new Row(rs.getString("key"), rs.getLong("sent"), rs.getLong("answered"),
                        share(rs.getLong("answered"), rs.getLong("sent")), scale(rs.getBigDecimal("average"), 2),
                        scale(rs.getBigDecimal("low"), 3)))
                .list();
    }

    /** Average score of each dimension question, over the answers that scored it. */
    public Map<String, BigDecimal> dimensions(Instant from, Instant to) {
        Map<String, BigDecimal> averages = new TreeMap<>();
        jdbc.sql("""
                        select d.name, avg(x.score::int) as average
                        from surveys v
                        cross join lateral unnest(string_to_array(v.dimensions, ',')) with ordinality as d(name, i)
                        join lateral unnest(string_to_array(v.dimension_scores, ',')) with ordinality as x(score, i) on x.i = d.i
                        where v.status = 'ANSWERED' and v.sent_at >= ? and v.sent_at < ?
                        group by d.name
                        """).params(timestamp(from), timestamp(to))
                .query((rs, n) -> Map.entry(rs.getString(1), scale(rs.getBigDecimal(2), 2)))
                .list().forEach(e -> averages.put(e.getKey(), e.getValue()));
        return averages;
    }

    public List<Attribution> attribution(Instant from, Instant to) {
        SurveyRules rules = surveys.rules();
        record Answer(int score, String touchpoint, String dimensions, String dimensionScores, String ticketDepartment) {
        }
        List<Answer> answers = jdbc.sql("""
                        select v.score, v.touchpoint, v.dimensions, v.dimension_scores,
                               t.department as ticket_department
                        from surveys v
                        left join ticket_records t on t.id = v.ticket_id
                        where v.status = 'ANSWERED' and v.score < 10 and v.sent_at >= ? and v.sent_at < ?
                        """).params(timestamp(from), timestamp(to)).query(Answer.class).list();
        Map<String, Long> lost = new LinkedHashMap<>();
        long total = 0;
        for (Answer a : answers) {
            String owner = rules.ownerOf(a.ticketDepartment(), a.touchpoint(), a.dimensions(), a.dimensionScores());
            lost.merge(owner, (long) (10 - a.score()), Long::sum);
            total += 10 - a.score();
        }
        List<Attribution> result = new ArrayList<>();
        long all = total;
        lost.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> result.add(new Attribution(e.getKey(), e.getValue(), share(e.getValue(), all))));
        return result;
    }

    private static BigDecimal share(long part, long total) {
        return total == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(total), 3, RoundingMode.HALF_UP);
    }

    private static BigDecimal scale(BigDecimal value, int digits) {
        return value == null ? null : value.setScale(digits, RoundingMode.HALF_UP);
    }
}
