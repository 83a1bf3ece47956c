package io.manyi.staff;

import io.manyi.platform.security.CurrentUser;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Weekly knowledge tests (每周业务知识考核): one score per employee and week, the week named by its
 * Monday. Recording a week again replaces its score (the latest entry is the one that counts).
 */
@Service
public class KnowledgeTests {

    public record Test(String username, LocalDate weekOf, BigDecimal score, BigDecimal maxScore, String recordedBy) {
    }

    private final JdbcClient jdbc;
    private final StaffAccess access;
    private final Clock clock;

    public KnowledgeTests(JdbcClient jdbc, StaffAccess access, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.clock = clock;
    }

    /** @throws IllegalArgumentException an unknown employee, a future week, a score outside 0..max */
    public Test record(CurrentUser user, String username, LocalDate day, BigDecimal score, BigDecimal maxScore) {
        access.mayRecord(user);
        if (username == null || jdbc.sql("select count(*) from staff where username = ?").param(username)
                .query(Long.class).single() == 0) {
            throw new IllegalArgumentException("unknown employee: " + username);
        }
        if (day == null || day.isAfter(LocalDate.now(clock))) {
            throw new IllegalArgumentException("weekOf must be a day of this week or before");
        }
        BigDecimal max = maxScore == null ? BigDecimal.valueOf(100) : maxScore;
        if (score == null || max.signum() <= 0 || score.signum() < 0 || score.compareTo(max) > 0) {
            throw new IllegalArgumentException("score must be between 0 and maxScore (> 0)");
        }
        LocalDate monday = day.with(DayOfWeek.MONDAY);
        jdbc.sql("""
                        insert into staff_knowledge_tests (username, week_of, score, max_score, recorded_by, recorded_at)
                        values (?, ?, ?, ?, ?, ?)
                        on conflict (username, week_of) do update set score = excluded.score, max_score = excluded.max_score,
                            recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at
                        """)
                .params(username, Date.valueOf(monday), score, max, user.username(), Timestamp.from(clock.instant())).update();
        return new Test(username, monday, score, max, user.username());
    }

    /** The tests of the weeks whose Monday falls in {@code month}; one person's when {@code username} is set. */
    public List<Test> ofMonth(CurrentUser user, YearMonth month, String username) {
        String own = access.onlyOwn(user);
        String who = own != null ? own : username;
        return jdbc.sql("""
                        select username, week_of, score, max_score, recorded_by from staff_knowledge_tests
                        where week_of between ? and ? and (cast(? as varchar) is null or username = ?)
                        order by week_of, username
                        """)
                .params(Date.valueOf(month.atDay(1)), Date.valueOf(month.atEndOfMonth()), who, who)
                .query((rs, n) -> new Test(rs.getString(1), rs.getDate(2).toLocalDate(), rs.getBigDecimal(3),
                        rs.getBigDecimal(4), rs.getString(5)))
                .list();
    }
}
