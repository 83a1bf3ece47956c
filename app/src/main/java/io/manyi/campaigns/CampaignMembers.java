package io.manyi.campaigns;

import io.manyi.platform.Role;
import io.manyi.platform.audit.AuditLog;
import io.manyi.platform.security.CurrentUser;
import io.manyi.subscriber.Visibility;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * A campaign's members for analysts, supervisors and admins: numbers are shown as the reader's
 * roles allow (ADMIN and SUPERVISOR in clear, ANALYST masked: docs/security.md), and every read is
 * audited with the numbers it showed, like any read of personal data. Phone and account managers
 * have no business with whole arms (they would learn who is never called).
 */
@Service
public class CampaignMembers {

    public static final int MAX_LIMIT = 5000;

    private final JdbcClient jdbc;
    private final Campaigns campaigns;
    private final AuditLog audit;

    public CampaignMembers(JdbcClient jdbc, Campaigns campaigns, AuditLog audit) {
        this.jdbc = jdbc;
        this.campaigns = campaigns;
        this.audit = audit;
    }

    public record Member(String msisdn, Arm arm, LocalDate joinedOn, String firstMomentType) {
    }

    public record Page(long campaignId, Arm arm, int total, int offset, boolean masked, List<Member> items) {
    }

    /** A member of a campaign, for the simulation's comparison with the truth (no person reads these). */
    public record Membership(long campaignId, String msisdn, Arm arm, LocalDate joinedOn) {
    }

    /** Every member of every campaign, in no particular order. */
    public List<Membership> all() {
        return jdbc.sql("select campaign_id, msisdn, arm, joined_on from campaign_members")
                .query((rs, n) -> new Membership(rs.getLong(1), rs.getString(2), Arm.valueOf(rs.getString(3)),
                        rs.getDate(4).toLocalDate())).list();
    }

    /** Members of {@code arm} (null: both), in number order. */
    public Page page(CurrentUser reader, long campaignId, Arm arm, int offset, int limit) {
        if (!(reader.has(Role.ADMIN) || reader.has(Role.ANALYST) || reader.has(Role.SUPERVISOR))) {
            throw new CampaignRefused(403, "not-allowed", "Campaign members are for analysts, supervisors and admins",
                    List.of());
        }
        campaigns.get(campaignId);
        String armName = arm == null ? null : arm.name();
        int total = jdbc.sql("select count(*) from campaign_members where campaign_id = ? and (cast(? as text) is null or arm = ?)")
                .params(campaignId, armName, armName).query(Integer.class).single();
        List<Member> rows = jdbc.sql("""
                        select msisdn, arm, joined_on, first_moment_type from campaign_members
                        where campaign_id = ? and (cast(? as text) is null or arm = ?)
                        order by msisdn offset ? limit ?
                        """).params(campaignId, armName, armName, Math.max(0, offset), Math.clamp(limit, 1, MAX_LIMIT))
                .query((rs, n) -> new Member(rs.getString(1), Arm.valueOf(rs.getString(2)),
                        rs.getDate(3).toLocalDate(), rs.getString(4))).list();
        audit.record(reader.username(), "campaign.members", rows.size() + " members of campaign " + campaignId
                + (arm == null ? "" : " " + arm), rows.stream().map(Member::msisdn).collect(Collectors.joining(",")));
        Visibility visibility = Visibility.of(reader.roles());
        List<Member> shown = rows.stream().map(m -> new Member(visibility.showMsisdn(m.msisdn()), m.arm(), m.joinedOn(),
                m.firstMomentType())).toList();
        return new Page(campaignId, arm, total, Math.max(0, offset), !visibility.msisdn(), shown);
    }
}
