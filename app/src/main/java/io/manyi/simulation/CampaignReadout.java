package io.manyi.simulation;

import io.manyi.campaigns.CampaignUplifts;
import java.sql.Date;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The product's side of the comparison: per campaign, the uplift and its 95% interval exactly as
 * the campaigns feature reports them ({@link CampaignUplifts}), the month its observation ends, and
 * the members of both arms (read from {@code campaign_members}, the table the members API reads),
 * which the truth is averaged over.
 */
@Service
public class CampaignReadout {

    /** One campaign's estimate and its members; {@code uplift} and the interval are null for an empty arm. */
    public record Estimate(long id, String name, long treated, long control, Double uplift, Double ciLow, Double ciHigh,
                           YearMonth observedUntil, List<CampaignTruth.Member> members) {

        public boolean measured() {
            return uplift != null && ciLow != null && ciHigh != null;
        }
    }

    private final CampaignUplifts uplifts;
    private final JdbcClient jdbc;

    public CampaignReadout(CampaignUplifts uplifts, JdbcClient jdbc) {
        this.uplifts = uplifts;
        this.jdbc = jdbc;
    }

    public List<Estimate> estimates() {
        Map<Long, List<CampaignTruth.Member>> members = new HashMap<>();
        jdbc.sql("select campaign_id, msisdn, arm, joined_on from campaign_members").query((rs, n) -> {
            members.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new CampaignTruth.Member(rs.getString(2),
                    "TREATED".equals(rs.getString(3)), YearMonth.from(rs.getObject(4, Date.class).toLocalDate())));
            return null;
        }).list();
        List<Estimate> estimates = new ArrayList<>();
        for (CampaignUplifts.CampaignUplift u : uplifts.all()) {
            estimates.add(new Estimate(u.campaignId(), u.nameEn(), u.treated().members(), u.control().members(),
                    u.uplift(), u.ciLow(), u.ciHigh(), YearMonth.from(u.observedUntil()),
                    members.getOrDefault(u.campaignId(), List.of())));
        }
        return estimates;
    }
}
