package io.manyi.campaigns;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The campaigns' settings ({@code campaigns.settings}, docs/campaigns.md).
 *
 * @param controlPercent   a new campaign's control share unless the analyst gives one (10 %)
 * @param followUpMonths   months after the window's end over which churn and spend are followed (3)
 * @param holdoutPercent   the share of subscribers held back per moment type (0 = no holdout)
 * @param holdoutTypes     per moment type, a share overriding {@code holdoutPercent}
 * @param minMembersPerArm members each arm needs before measured uplift replaces the priority
 *                         setting's probability for a moment type (learning)
 */
public record CampaignSettings(double controlPercent, int followUpMonths, double holdoutPercent,
                               Map<String, Double> holdoutTypes, int minMembersPerArm) {

    public static final String SETTING = "campaigns.settings";

    public CampaignSettings {
        holdoutTypes = holdoutTypes == null ? Map.of() : Map.copyOf(holdoutTypes);
    }

    public static CampaignSettings defaults() {
        return new CampaignSettings(10, 3, 0, Map.of(), 200);
    }

    /** The holdout share of {@code type}, 0 when off. */
    public double holdout(String type) {
        return holdoutTypes.getOrDefault(type, holdoutPercent);
    }

    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (controlPercent < 0 || controlPercent >= 100) {
            problems.add("controlPercent must be at least 0 and below 100");
        }
        if (followUpMonths < 0 || followUpMonths > 36) {
            problems.add("followUpMonths must be between 0 and 36");
        }
        if (holdoutPercent < 0 || holdoutPercent >= 100) {
            problems.add("holdoutPercent must be at least 0 and below 100");
        }
        holdoutTypes.forEach((type, share) -> {
            if (share == null || share < 0 || share >= 100) {
                problems.add(type + ": holdout share must be at least 0 and below 100");
            }
        });
        if (minMembersPerArm < 1) {
            problems.add("minMembersPerArm must be at least 1");
        }
        return problems;
    }
}
