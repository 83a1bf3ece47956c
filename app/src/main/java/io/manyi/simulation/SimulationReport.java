package io.manyi.simulation;

import io.manyi.simulation.internal.TruthFiles;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * After the simulated months: each campaign's uplift as the product estimates it beside the
 * generator's true uplift (same estimand: retention of the treated arm minus the control arm's,
 * intention to treat, over the follow-up to the last simulated month), and whether the product's
 * 95% interval covers the truth.
 */
@Service
public class SimulationReport {

    public record Line(CampaignReadout.Estimate estimate, CampaignTruth.Truth truth) {

        public boolean covered() {
            return estimate.ciLow() <= truth.uplift() && truth.uplift() <= estimate.ciHigh();
        }
    }

    private final CampaignReadout campaigns;

    public SimulationReport(CampaignReadout campaigns) {
        this.campaigns = campaigns;
    }

    public List<Line> compare(Path province, YearMonth followUpEnd) throws IOException {
        Map<String, CampaignTruth.Simulated> truth = TruthFiles.members(province);
        List<Line> lines = new ArrayList<>();
        for (CampaignReadout.Estimate e : campaigns.estimates()) {
            lines.add(new Line(e, CampaignTruth.of(e.members(), truth, followUpEnd)));
        }
        return lines;
    }

    public void print(List<Line> lines, PrintStream out) {
        if (!campaigns.available()) {
            out.println("No campaigns to compare: the campaigns feature is not in this build.");
            return;
        }
        if (lines.isEmpty()) {
            out.println("No campaigns with members yet.");
            return;
        }
        out.printf("%-34s %8s %8s %9s %21s %9s  %s%n", "campaign", "treated", "control", "uplift", "95% interval",
                "true", "covered");
        for (Line l : lines) {
            CampaignReadout.Estimate e = l.estimate();
            out.printf("%-34s %,8d %,8d %+8.2f%% [%+7.2f%%, %+7.2f%%] %+8.2f%%  %s%n", abbreviate(e.id() + " " + e.name()),
                    e.treated(), e.control(), 100 * e.uplift(), 100 * e.ciLow(), 100 * e.ciHigh(),
                    100 * l.truth().uplift(), l.covered() ? "yes" : "NO");
        }
        long covered = lines.stream().filter(Line::covered).count();
        out.printf("%d of %d intervals cover the true uplift.%n", covered, lines.size());
    }

    private static String abbreviate(String text) {
        return text.length() <= 34 ? text : text.substring(0, 33) + "…";
    }
}
