package io.manyi.simulation;

import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The product's side of the comparison: per campaign, the uplift and its 95% interval as the
 * campaigns feature reports them, and the members of both arms (for the truth). An adapter: it
 * reads {@code io.manyi.campaigns.CampaignUplifts} and the campaign members once that feature is
 * merged; without it there is nothing to compare and the report says so.
 */
@Service
public class CampaignReadout {

    /** One campaign's estimate and its members. */
    public record Estimate(long id, String name, long treated, long control, double uplift, double ciLow, double ciHigh,
                           List<io.manyi.simulation.CampaignTruth.Member> members) {
    }

    public boolean available() {
        return false;
    }

    public List<Estimate> estimates() {
        return List.of();
    }
}
