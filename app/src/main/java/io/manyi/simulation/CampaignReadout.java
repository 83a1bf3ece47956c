package io.manyi.simulation;

import io.manyi.campaigns.Arm;
import io.manyi.campaigns.CampaignMembers;
import io.manyi.campaigns.CampaignUplifts;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The product's side of the comparison: per campaign, the uplift and its 95% interval exactly as
 * the campaigns feature reports them ({@link CampaignUplifts}), the month its observation ends, and
 * the members of both arms (from {@link CampaignMembers#all()}, what the members API reads),
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
    private final CampaignMembers campaignMembers;

    public CampaignReadout(CampaignUplifts uplifts, CampaignMembers campaignMembers) {
        this.uplifts = uplifts;
        this.campaignMembers = campaignMembers;
    }

    public List<Estimate> estimates() {
        Map<Long, List<CampaignTruth.Member>> members = new HashMap<>();
        for (CampaignMembers.Membership m : campaignMembers.all()) {
            members.computeIfAbsent(m.campaignId(), k -> new ArrayList<>()).add(new CampaignTruth.Member(m.msisdn(),
                    m.arm() == Arm.TREATED, YearMonth.from(m.joinedOn())));
        }
        List<Estimate> estimates = new ArrayList<>();
        for (CampaignUplifts.CampaignUplift u : uplifts.all()) {
            if (!u.hasResults()) {
                continue; // nothing observed after its start yet
            }
            estimates.add(new Estimate(u.campaignId(), u.nameEn(), u.treated().members(), u.control().members(),
                    u.uplift(), u.ciLow(), u.ciHigh(), YearMonth.from(u.observedUntil()),
                    members.getOrDefault(u.campaignId(), List.of())));
        }
        return estimates;
    }
}
