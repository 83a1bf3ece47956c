package io.manyi.simulation;

import io.manyi.simulation.internal.TruthFiles;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
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
            return estimate.measured() && estimate.ciLow() <= truth.uplift() && truth.uplift() <= estimate.ciHigh();
        }
    }

    private final CampaignReadout campaigns;

    public SimulationReport(CampaignReadout campaigns) {
        this.campaigns = campaigns;
    }

    /** Each campaign with members: the truth over the same observation period as the product's uplift. */
    public List<Line> compare(Path province) throws IOException {
        Map<String, CampaignTruth.Simulated> truth = TruthFiles.members(province);
        List<Line> lines = new ArrayList<>();
        for (CampaignReadout.Estimate e : campaigns.estimates()) {
            if (!e.members().isEmpty()) {
                lines.add(new Line(e, CampaignTruth.of(e.members(), truth, e.observedUntil())));
            }
        }
        return lines;
    }

    public void print(List<Line> lines, PrintStream out) {
        if (lines.isEmpty()) {
            out.println("No campaigns with members yet.");
            return;
        }
        out.printf("%-34s %8s %8s %9s %21s %9s  %s%n", "campaign", "treated", "control", "uplift", "95% interval",
                "true", "covered");
        for (Line l : lines) {
            CampaignReadout.Estimate e = l.estimate();
            if (!e.measured()) {
                out.printf("%-34s %,8d %,8d   (an arm is too small to measure) true %+.2f%%%n",
                        abbreviate(e.id() + " " + e.name()), e.treated(), e.control(), 100 * l.truth().uplift());
                continue;
            }
            out.printf("%-34s %,8d %,8d %+8.2f%% [%+7.2f%%, %+7.2f%%] %+8.2f%%  %s%n", abbreviate(e.id() + " " + e.name()),
                    e.treated(), e.control(), 100 * e.uplift(), 100 * e.ciLow(), 100 * e.ciHigh(),
                    100 * l.truth().uplift(), l.covered() ? "yes" : "NO");
        }
        long covered = lines.stream().filter(Line::covered).count();
        long measured = lines.stream().filter(l -> l.estimate().measured()).count();
        out.printf("%d of %d intervals cover the true uplift.%n", covered, measured);
    }

    private static String abbreviate(String text) {
        return text.length() <= 34 ? text : text.substring(0, 33) + "…";
    }
}
