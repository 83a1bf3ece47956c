package io.manyi.campaigns.internal;

import io.manyi.moments.MomentStatuses;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

/** What enrolment reads and writes: waiting moments matching active campaigns, members and holdouts. */
@Repository
public class EnrolmentQueries {

    /** The moments dispatch will read as waiting on a day (the moments feature's rule). */
    private static final String WAITING = MomentStatuses.WAITING;

    private final JdbcTemplate jdbc;

    public EnrolmentQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A waiting moment matched by an active campaign's target rule. */
    public record Match(long campaignId, double controlPercent, long momentId, String msisdn, String type) {
    }

    /** Waiting moments that match an ACTIVE campaign whose window holds {@code day}, by campaign, subscriber, moment. */
    public List<Match> matches(LocalDate day, List<String> only) {
        List<Object> args = new ArrayList<>(List.of(Date.valueOf(day), Date.valueOf(day), Date.valueOf(day)));
        String filter = only(only, args);
        return jdbc.query("""
                select c.id, c.control_percent, m.id, m.msisdn, m.type
                from moment_records m
                join campaigns c on c.status = 'ACTIVE' and ? between c.starts_on and c.ends_on and m.type = any(c.moment_types)
                join subscribers s on s.msisdn = m.msisdn
                where %s %s
                  and (c.brands is null or s.brand = any(c.brands))
                  and (c.cities is null or s.city = any(c.cities))
                  and (c.star_levels is null or (select t.stars from current_star_levels t
                                                 where t.msisdn = m.msisdn) = any(c.star_levels))
                  and (c.value_segments is null or (select v.segment from value_segments v where v.msisdn = m.msisdn
                                                    order by v.month desc limit 1) = any(c.value_segments))
                  and (c.min_churn_probability is null or (select r.probability from churn_risks r where r.msisdn = m.msisdn
                                                           order by r.month desc limit 1) >= c.min_churn_probability)
                order by c.id, m.msisdn, m.id
                """.formatted(WAITING, filter), (rs, n) -> new Match(rs.getLong(1), rs.getDouble(2), rs.getLong(3),
                rs.getString(4), rs.getString(5)), args.toArray());
    }

    /** A waiting moment of a type with a holdout. */
    public record Waiting(long momentId, String msisdn, String type) {
    }

    public List<Waiting> waitingOfTypes(LocalDate day, List<String> only, List<String> types) {
        List<Object> args = new ArrayList<>(List.of(Date.valueOf(day), Date.valueOf(day)));
        String filter = only(only, args);
        args.add(array("text", types.toArray()));
        return jdbc.query("select m.id, m.msisdn, m.type from moment_records m where " + WAITING + filter
                        + " and m.type = any(?) order by m.type, m.msisdn, m.id",
                (rs, n) -> new Waiting(rs.getLong(1), rs.getString(2), rs.getString(3)), args.toArray());
    }

    public record NewMember(String key, String msisdn, String arm, long momentId, String type) {
    }

    /** Adds the members not there yet (a member keeps the arm and first moment of the day they joined). */
    public void insertMembers(List<NewMember> members, LocalDate day) {
        if (members.isEmpty()) {
            return;
        }
        jdbc.update("""
                insert into campaign_members (campaign_id, msisdn, arm, joined_on, first_moment_id, first_moment_type)
                select u.k::bigint, u.msisdn, u.arm, ?, u.moment, u.type
                from unnest(?::text[], ?::text[], ?::text[], ?::bigint[], ?::text[]) as u(k, msisdn, arm, moment, type)
                on conflict (campaign_id, msisdn) do nothing
                """, columns(day, members));
    }

    public void insertHoldouts(List<NewMember> members, LocalDate day) {
        if (members.isEmpty()) {
            return;
        }
        jdbc.update("""
                insert into moment_holdouts (type, msisdn, arm, joined_on, first_moment_id)
                select u.k, u.msisdn, u.arm, ?, u.moment
                from unnest(?::text[], ?::text[], ?::text[], ?::bigint[], ?::text[]) as u(k, msisdn, arm, moment, type)
                on conflict (type, msisdn) do nothing
                """, columns(day, members));
    }

    /** The stored arms of these (campaign, subscriber) pairs: {@code arms.accept("id:msisdn", arm)}. */
    public void campaignArms(List<Long> campaigns, List<String> msisdns, BiConsumer<String, String> arms) {
        jdbc.query("""
                select m.campaign_id, m.msisdn, m.arm from campaign_members m
                join unnest(?::bigint[], ?::text[]) as u(c, msisdn) on m.campaign_id = u.c and m.msisdn = u.msisdn
                """, (RowCallbackHandler) rs -> arms.accept(rs.getLong(1) + ":" + rs.getString(2), rs.getString(3)),
                array("bigint", campaigns.toArray()), array("text", msisdns.toArray()));
    }

    public void holdoutArms(List<String> types, List<String> msisdns, BiConsumer<String, String> arms) {
        jdbc.query("""
                select h.type, h.msisdn, h.arm from moment_holdouts h
                join unnest(?::text[], ?::text[]) as u(type, msisdn) on h.type = u.type and h.msisdn = u.msisdn
                """, (RowCallbackHandler) rs -> arms.accept(rs.getString(1) + ":" + rs.getString(2), rs.getString(3)),
                array("text", types.toArray()), array("text", msisdns.toArray()));
    }

    private String only(List<String> only, List<Object> args) {
        if (only == null) {
            return "";
        }
        args.add(array("varchar", only.toArray()));
        return " and m.msisdn = any(?)";
    }

    private Object[] columns(LocalDate day, List<NewMember> members) {
        return new Object[] {Date.valueOf(day), array("text", members.stream().map(NewMember::key).toArray()),
                array("text", members.stream().map(NewMember::msisdn).toArray()),
                array("text", members.stream().map(NewMember::arm).toArray()),
                array("bigint", members.stream().map(NewMember::momentId).toArray()),
                array("text", members.stream().map(NewMember::type).toArray())};
    }

    private Object array(String type, Object[] values) {
        return jdbc.execute((java.sql.Connection c) -> c.createArrayOf(type, values));
    }

}
