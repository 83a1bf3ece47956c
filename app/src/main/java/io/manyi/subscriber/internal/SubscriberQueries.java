package io.manyi.subscriber.internal;

import io.manyi.subscriber.SubscriberSearch;
import io.manyi.subscriber.SubscriberView.AssignedManager;
import io.manyi.subscriber.SubscriberView.Complaint;
import io.manyi.subscriber.SubscriberView.GroupMembership;
import io.manyi.subscriber.SubscriberView.MonthlyUsage;
import io.manyi.subscriber.SubscriberView.Payment;
import io.manyi.subscriber.SubscriberView.Plan;
import io.manyi.subscriber.SubscriberView.VasSubscription;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The SQL behind search and the 360 view. Every query is served by an index on the phone number
 * (or, for a manager's book, on the assignment); see V1 and V2.
 */
@Repository
public class SubscriberQueries {

    private static final String PHONE_MANAGER = "PHONE_MANAGER";

    private final JdbcClient jdbc;
    private final TransactionOperations transactions;

    public SubscriberQueries(JdbcClient jdbc, TransactionOperations transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /**
     * Subscribers matching the search, ordered by number; {@code onlyAssignedTo} restricts the
     * result to one staff member's book (the reader's own, for a phone manager).
     */
    public List<SubscriberListRow> search(SubscriberSearch search, String onlyAssignedTo) {
        StringBuilder sql = new StringBuilder("""
                select s.msisdn, s.name, s.brand, s.plan_code, p.plan_name, s.city, s.district, s.status,
                       (select a.username from assignments a
                         where a.msisdn = s.msisdn and a.role = :phoneManager) as manager
                from subscribers s join plans p on p.plan_code = s.plan_code
                where true
                """);
        var params = new java.util.LinkedHashMap<String, Object>();
        params.put("phoneManager", PHONE_MANAGER);
        String digits = search.digits();
        if (search.isFullNumber()) {
            sql.append(" and s.msisdn = :msisdn");
            params.put("msisdn", digits);
        } else if (digits != null) {
            // The first digits or the last ones (尾号); both sides are indexed (V2).
            sql.append(" and (s.msisdn like :prefix or reverse(s.msisdn) like :reversedSuffix)");
            params.put("prefix", digits + "%");
            params.put("reversedSuffix", new StringBuilder(digits).reverse() + "%");
        } else if (search.q() != null) {
            sql.append(" and s.name like :namePrefix");
            params.put("namePrefix", escapeLike(search.q()) + "%");
        }
        // A book is a few hundred numbers: fetched once from the staff index and probed on the
        // primary key. (As "exists", the planner hashes the book and scans all subscribers.)
        if (search.manager() != null) {
            sql.append(" and s.msisdn = any (array(select m.msisdn from assignments m where m.username = :manager))");
            params.put("manager", search.manager());
        }
        if (onlyAssignedTo != null) {
            sql.append(" and s.msisdn = any (array(select o.msisdn from assignments o where o.username = :me))");
            params.put("me", onlyAssignedTo);
        }
        sql.append(" order by s.msisdn limit :limit");
        params.put("limit", search.limit());
        return transactions.execute(tx -> {
            // After five runs the driver prepares the statement on the server, and PostgreSQL may
            // then plan it once for any pattern: a generic plan cannot turn LIKE 'x%' into an
            // index range and walks the whole table (measured: 10-25 ms instead of 1 ms at 50k).
            jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
            return jdbc.sql(sql.toString()).params(params)
                    .query((rs, n) -> new SubscriberListRow(rs.getString("msisdn"), rs.getString("name"),
                            rs.getString("brand"), rs.getString("plan_code"), rs.getString("plan_name"),
                            rs.getString("city"), rs.getString("district"), rs.getString("status"),
                            rs.getString("manager")))
                    .list();
        });
    }

    public Optional<SubscriberRow> find(String msisdn) {
        return jdbc.sql("""
                        select s.*, p.plan_name, p.brand as plan_brand, p.monthly_fee, p.voice_minutes, p.data_mb,
                               p.sms, p.category
                        from subscribers s join plans p on p.plan_code = s.plan_code
                        where s.msisdn = :msisdn
                        """)
                .param("msisdn", msisdn)
                .query((rs, n) -> new SubscriberRow(rs.getString("msisdn"), rs.getString("name"),
                        rs.getString("id_number"), rs.getString("gender"), date(rs, "birth_date"),
                        rs.getString("city"), rs.getString("district"), rs.getString("brand"),
                        new Plan(rs.getString("plan_code"), rs.getString("plan_name"), rs.getString("plan_brand"),
                                rs.getBigDecimal("monthly_fee"), rs.getInt("voice_minutes"), rs.getInt("data_mb"),
                                rs.getInt("sms"), rs.getString("category")),
                        date(rs, "activated_on"), rs.getString("status"), rs.getString("number_type"),
                        date(rs, "contract_end"), date(rs, "cancelled_on")))
                .optional();
    }

    /**
     * True when the subscriber is in the staff member's book: assigned to them in any role, or a
     * current member of a group customer they look after (as its account manager, or as a C group's
     * phone customer manager), whose group tasks send them to the group's contacts.
     */
    public boolean inBook(String msisdn, String username) {
        return jdbc.sql("""
                        select exists (select 1 from assignments where msisdn = :msisdn and username = :username)
                            or exists (select 1 from group_members m
                                       where m.msisdn = :msisdn and m.left_on is null
                                         and (exists (select 1 from group_customers g
                                                      where g.group_id = m.group_id and g.account_manager = :username)
                                              or exists (select 1 from phone_managed_groups p
                                                         where p.group_id = m.group_id and p.username = :username)))
                        """)
                .param("msisdn", msisdn).param("username", username)
                .query(Boolean.class).single();
    }

    /** The last {@code months} months with usage, oldest first. */
    public List<MonthlyUsage> usage(String msisdn, int months) {
        List<MonthlyUsage> newestFirst = jdbc.sql("""
                        select * from usage_monthly where msisdn = :msisdn order by month desc limit :months
                        """)
                .param("msisdn", msisdn).param("months", months)
                .query((rs, n) -> new MonthlyUsage(month(rs), rs.getBigDecimal("spend"), rs.getInt("local_minutes"),
                        rs.getInt("long_distance_minutes"), rs.getInt("roaming_minutes"), rs.getInt("sms"),
                        rs.getInt("data_mb"), rs.getBigDecimal("vas_spend"), rs.getInt("competitor_calls"),
                        rs.getInt("competitor_forwards"), rs.getInt("distinct_contacts"),
                        rs.getInt("competitor_contacts")))
                .list();
        List<MonthlyUsage> oldestFirst = new ArrayList<>(newestFirst);
        Collections.reverse(oldestFirst);
        return oldestFirst;
    }

    /** The last {@code months} bills, newest first. */
    public List<Payment> payments(String msisdn, int months) {
        return jdbc.sql("select * from payments where msisdn = :msisdn order by month desc limit :months")
                .param("msisdn", msisdn).param("months", months)
                .query((rs, n) -> new Payment(month(rs), rs.getBigDecimal("billed"), rs.getBigDecimal("paid"),
                        date(rs, "paid_on"), rs.getBigDecimal("arrears"), rs.getInt("days_overdue")))
                .list();
    }

    /** Value-added services, active ones first, newest first. */
    public List<VasSubscription> vas(String msisdn, int limit) {
        return jdbc.sql("""
                        select * from vas_subscriptions where msisdn = :msisdn
                        order by (cancelled_at is null) desc, subscribed_at desc limit :limit
                        """)
                .param("msisdn", msisdn).param("limit", limit)
                .query((rs, n) -> new VasSubscription(rs.getString("service_code"), rs.getString("service_name"),
                        rs.getString("channel"), dateTime(rs, "subscribed_at"), rs.getBoolean("confirmed"),
                        dateTime(rs, "cancelled_at"), rs.getBigDecimal("monthly_fee")))
                .list();
    }

    public List<GroupMembership> groups(String msisdn) {
        return jdbc.sql("""
                        select g.group_id, g.name, g.class, g.city, g.industry, m.joined_on, m.left_on,
                               g.account_manager, st.display_name as account_manager_name
                        from group_members m
                        join group_customers g on g.group_id = m.group_id
                        left join staff st on st.username = g.account_manager
                        where m.msisdn = :msisdn
                        order by m.left_on nulls first, m.joined_on desc
                        """)
                .param("msisdn", msisdn)
                .query((rs, n) -> new GroupMembership(rs.getString("group_id"), rs.getString("name"),
                        rs.getString("class"), rs.getString("city"), rs.getString("industry"),
                        date(rs, "joined_on"), date(rs, "left_on"), rs.getString("account_manager"),
                        rs.getString("account_manager_name")))
                .list();
    }

    public List<AssignedManager> managers(String msisdn) {
        return jdbc.sql("""
                        select a.role, a.username, st.display_name, a.since
                        from assignments a left join staff st on st.username = a.username
                        where a.msisdn = :msisdn
                        order by a.role desc
                        """)
                .param("msisdn", msisdn)
                .query((rs, n) -> new AssignedManager(rs.getString("role"), rs.getString("username"),
                        rs.getString("display_name"), date(rs, "since")))
                .list();
    }

    /** The latest complaints, newest first. */
    /**
     * The subscriber's complaints, newest first: the tickets handled in Manyi (complaints'
     * {@code ticket_records}, in the operator's zone) and the imported complaints no ticket adopted.
     */
    public List<Complaint> complaints(String msisdn, int limit, ZoneId zone) {
        return jdbc.sql("""
                        select * from (
                            select coalesce(t.complaint_id, 'T' || t.id) as complaint_id, t.id as ticket_id, t.channel,
                                   t.category, t.severity, date_trunc('second', t.opened_at at time zone :zone) as opened_at,
                                   date_trunc('second', t.closed_at at time zone :zone) as closed_at, t.description
                            from ticket_records t where t.msisdn = :msisdn
                            union all
                            select c.complaint_id, null, c.channel, c.category, c.severity, c.opened_at, c.closed_at,
                                   c.description
                            from complaints c
                            where c.msisdn = :msisdn
                              and not exists (select 1 from ticket_records t where t.complaint_id = c.complaint_id)
                        ) x
                        order by opened_at desc limit :limit
                        """)
                .param("msisdn", msisdn).param("limit", limit).param("zone", zone.getId())
                .query((rs, n) -> new Complaint(rs.getString("complaint_id"), rs.getString("channel"),
                        rs.getString("category"), rs.getString("severity"), dateTime(rs, "opened_at"),
                        dateTime(rs, "closed_at"), rs.getString("description"), rs.getObject("ticket_id", Long.class)))
                .list();
    }

    /** Escapes LIKE's wildcards so that a name with % or _ is matched literally. */
    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    // java.time straight from the driver: no detour through the JVM's default time zone.
    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    private static LocalDateTime dateTime(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDateTime.class);
    }

    private static YearMonth month(ResultSet rs) throws SQLException {
        return YearMonth.from(date(rs, "month"));
    }
}
