package io.manyi.campaigns.internal;

import io.manyi.campaigns.Campaign;
import io.manyi.campaigns.CampaignStatus;
import io.manyi.campaigns.NewCampaign;
import io.manyi.campaigns.TargetRule;
import io.manyi.moments.ActionKind;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads and writes {@code campaigns}; the member counts come along with each campaign. */
@Repository
public class CampaignTable {

    private static final String SELECT = """
            select c.*,
                   (select count(*) from campaign_members m where m.campaign_id = c.id and m.arm = 'TREATED') treated,
                   (select count(*) from campaign_members m where m.campaign_id = c.id and m.arm = 'CONTROL') control
            from campaigns c
            """;

    private final JdbcTemplate jdbc;

    public CampaignTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Campaign> all() {
        return jdbc.query(SELECT + " order by c.id", (rs, n) -> campaign(rs));
    }

    public Optional<Campaign> find(long id) {
        return jdbc.query(SELECT + " where c.id = ?", (rs, n) -> campaign(rs), id).stream().findFirst();
    }

    public long insert(NewCampaign c, double controlPercent, CampaignStatus status, String actor, Instant now) {
        TargetRule r = c.rule();
        return jdbc.queryForObject("""
                        insert into campaigns (name_zh, name_en, moment_types, star_levels, brands, cities, value_segments,
                                               min_churn_probability, offer_zh, offer_en, action_kind, starts_on, ends_on,
                                               control_percent, status, created_by, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
                        """, Long.class, c.nameZh().strip(), c.nameEn().strip(), array("text", r.momentTypes()),
                array("smallint", r.starLevels()), array("text", r.brands()), array("text", r.cities()),
                array("text", r.valueSegments()), r.minChurnProbability(), c.offerZh().strip(), c.offerEn().strip(),
                c.actionKind().name(), Date.valueOf(c.startsOn()), Date.valueOf(c.endsOn()), controlPercent,
                status.name(), actor, Timestamp.from(now));
    }

    /** Moves a campaign from {@code from} to {@code to}; false when it was not in {@code from}. */
    public boolean move(long id, CampaignStatus from, CampaignStatus to, Instant now) {
        return jdbc.update("update campaigns set status = ?, closed_at = case when ? = 'CLOSED' then ? else closed_at end "
                        + "where id = ? and status = ?", to.name(), to.name(), Timestamp.from(now), id, from.name()) == 1;
    }

    private Object array(String type, List<?> values) {
        if (values == null) {
            return null;
        }
        return jdbc.execute((java.sql.Connection c) -> c.createArrayOf(type, values.toArray()));
    }

    private static Campaign campaign(ResultSet rs) throws SQLException {
        float minChurn = rs.getFloat("min_churn_probability");
        Double min = rs.wasNull() ? null : Math.round(minChurn * 1e6) / 1e6;
        TargetRule rule = new TargetRule(strings(rs.getArray("moment_types")), ints(rs.getArray("star_levels")),
                strings(rs.getArray("brands")), strings(rs.getArray("cities")), strings(rs.getArray("value_segments")), min);
        Timestamp closed = rs.getTimestamp("closed_at");
        return new Campaign(rs.getLong("id"), rs.getString("name_zh"), rs.getString("name_en"), rule,
                rs.getString("offer_zh"), rs.getString("offer_en"), ActionKind.valueOf(rs.getString("action_kind")),
                rs.getDate("starts_on").toLocalDate(), rs.getDate("ends_on").toLocalDate(),
                rs.getDouble("control_percent"), CampaignStatus.valueOf(rs.getString("status")),
                rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(),
                closed == null ? null : closed.toInstant(), rs.getInt("treated"), rs.getInt("control"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? null : Arrays.asList((String[]) array.getArray());
    }

    private static List<Integer> ints(Array array) throws SQLException {
        if (array == null) {
            return null;
        }
        return Arrays.stream((Object[]) array.getArray()).map(o -> ((Number) o).intValue()).toList();
    }
}
