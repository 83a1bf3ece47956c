package io.manyi.campaigns;

import io.manyi.platform.web.RuleRefusal;
import java.util.List;

/** A campaign change the rules refuse: 404 unknown, 409 wrong status, 422 invalid (with the problems). */
public class CampaignRefused extends RuleRefusal {

    private final List<String> problems;

    public CampaignRefused(int status, String code, String message, List<String> problems) {
        super(status, code, message);
        this.problems = List.copyOf(problems);
    }

    public static CampaignRefused unknown(long id) {
        return new CampaignRefused(404, "no-campaign", "No campaign " + id, List.of());
    }

    public static CampaignRefused invalid(List<String> problems) {
        return new CampaignRefused(422, "invalid-campaign", String.join("; ", problems), problems);
    }

    public static CampaignRefused status(long id, CampaignStatus status, String wanted) {
        return new CampaignRefused(409, "campaign-" + status.name().toLowerCase(java.util.Locale.ROOT),
                "Campaign " + id + " is " + status + ": cannot " + wanted, List.of());
    }

    public List<String> problems() {
        return problems;
    }
}
