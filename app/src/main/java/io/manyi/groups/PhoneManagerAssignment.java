package io.manyi.groups;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives each C group the data names no account manager a phone customer manager (the phone managers
 * of the staff table, up to {@link GroupSettings#phoneManagerCapacity()} groups each, by
 * {@link PhoneCustomerManagers}), and takes the phone customer manager away from a group that has
 * since got an account manager or is no longer class C. Idempotent: a group keeps its manager.
 */
@Service
public class PhoneManagerAssignment {

    private final JdbcTemplate jdbc;
    private final GroupSettingsStore settings;

    public PhoneManagerAssignment(JdbcTemplate jdbc, GroupSettingsStore settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    public record Result(int released, int assigned, int unassigned) {
    }

    @Transactional
    public Result assign(LocalDate day) {
        int released = jdbc.update("""
                delete from group_phone_managers p using group_customers g
                where g.group_id = p.group_id and (g.account_manager is not null or g.class <> 'C')
                """);
        List<PhoneCustomerManagers.Group> waiting = jdbc.query("""
                select g.group_id, g.city from group_customers g
                where g.class = 'C' and g.account_manager is null
                  and not exists (select 1 from group_phone_managers p where p.group_id = g.group_id)
                order by g.group_id
                """, (rs, n) -> new PhoneCustomerManagers.Group(rs.getString(1), rs.getString(2)));
        if (waiting.isEmpty()) {
            return new Result(released, 0, 0);
        }
        List<PhoneCustomerManagers.Manager> managers = jdbc.query("""
                select st.username, coalesce(st.city, ''),
                       (select count(*) from group_phone_managers p where p.username = st.username)
                from staff st where st.role = 'PHONE_MANAGER'
                """, (rs, n) -> new PhoneCustomerManagers.Manager(rs.getString(1), rs.getString(2), rs.getInt(3)));
        Map<String, String> assigned = PhoneCustomerManagers.assign(waiting, managers,
                settings.get().phoneManagerCapacity());
        jdbc.batchUpdate("insert into group_phone_managers (group_id, username, assigned_on) values (?, ?, ?)",
                assigned.entrySet(), 1000, (ps, e) -> {
                    ps.setString(1, e.getKey());
                    ps.setString(2, e.getValue());
                    ps.setDate(3, Date.valueOf(day));
                });
        return new Result(released, assigned.size(), waiting.size() - assigned.size());
    }
}
