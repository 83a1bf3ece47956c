package io.manyi.hotline.internal;

import io.manyi.hotline.Caller;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The caller in one query: subscriber, latest star level and manager, all by primary key or index. */
@Repository
public class CallerQueries {

    private final JdbcClient jdbc;

    public CallerQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Caller> find(String msisdn) {
        // The star level in force (tier's view: the latest completed run's); a primary-key lookup.
        // The account manager is preferred over the phone manager.
        return jdbc.sql("""
                        select s.name, s.gender, s.status, s.cancelled_on, t.stars, m.username, st.display_name, m.role
                        from subscribers s
                        left join current_star_levels t on t.msisdn = s.msisdn
                        left join lateral (
                            select a.username, a.role from assignments a
                            where a.msisdn = s.msisdn and a.role in ('ACCOUNT_MANAGER', 'PHONE_MANAGER')
                            order by case a.role when 'ACCOUNT_MANAGER' then 0 else 1 end
                            limit 1) m on true
                        left join staff st on st.username = m.username
                        where s.msisdn = ?
                        """)
                .param(msisdn)
                .query((rs, n) -> {
                    int stars = rs.getInt("stars");
                    boolean assessed = !rs.wasNull();
                    boolean active = rs.getDate("cancelled_on") == null && !"CANCELLED".equals(rs.getString("status"));
                    return new Caller(true, active, rs.getString("name"), rs.getString("gender"),
                            assessed ? stars : null, rs.getString("username"), rs.getString("display_name"),
                            rs.getString("role"));
                })
                .optional();
    }
}
