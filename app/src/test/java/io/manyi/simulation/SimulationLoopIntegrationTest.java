package io.manyi.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import io.manyi.campaigns.CampaignStatus;
import io.manyi.campaigns.Campaigns;
import io.manyi.campaigns.NewCampaign;
import io.manyi.campaigns.TargetRule;
import io.manyi.cycle.CycleProgress;
import io.manyi.cycle.MonthlyCycle;
import io.manyi.intake.ImportOptions;
import io.manyi.intake.ImportService;
import io.manyi.moments.ActionKind;
import io.manyi.province.ProvinceCsvWriter;
import io.manyi.province.ProvinceSpec;
import io.manyi.testing.IntegrationTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The closed loop end to end: a province of a few thousand subscribers, two campaigns with control
 * arms, three simulated months (staff, province, monthly cycle), then each campaign's uplift as the
 * product reports it against the generator's true uplift: the 95% interval covers it. Fixed months
 * and seeds, so the run is the same every time.
 */
@IntegrationTest
class SimulationLoopIntegrationTest {

    static final YearMonth LAST_GENERATED = YearMonth.of(2026, 6);

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ImportService intake;
    @Autowired
    MonthlyCycle cycle;
    @Autowired
    Campaigns campaigns;
    @Autowired
    Simulation simulation;
    @Autowired
    SimulationReport report;

    @TempDir
    Path province;

    @Test
    void afterThreeMonthsEachCampaignsIntervalCoversTheTrueUplift() throws IOException {
        SmallProvince.emptyDatabase(jdbc);
        ProvinceCsvWriter.write(new ProvinceSpec(4_000, LAST_GENERATED, 4, 2026), province);
        intake.importAll(province, ImportOptions.by("test"), r -> { });
        LocalDate start = LAST_GENERATED.plusMonths(1).atDay(1);
        campaigns.create(campaign("Care calls", List.of("BIRTHDAY", "TENURE_ANNIVERSARY", "VAS_UNCONFIRMED",
                "CONTRACT_ENDING", "POINTS_EXPIRING"), ActionKind.CARE_CALL, start), "test");
        campaigns.create(campaign("Better plans and spend drops", List.of("BETTER_PLAN", "BILL_SHOCK", "SPEND_DROP"),
                ActionKind.PLAN_CHANGE, start), "test");
        cycle.run(LAST_GENERATED, CycleProgress.NONE);

        ByteArrayOutputStream console = new ByteArrayOutputStream();
        YearMonth last = simulation.run(province, new Simulation.Options(3, 5, CallOdds.standard()),
                new PrintStream(console, true, StandardCharsets.UTF_8));
        assertThat(last).isEqualTo(LAST_GENERATED.plusMonths(3));

        List<SimulationReport.Line> lines = report.compare(province);
        report.print(lines, new PrintStream(console, true, StandardCharsets.UTF_8));
        System.out.println(console.toString(StandardCharsets.UTF_8));
        assertThat(lines).hasSize(2);
        for (SimulationReport.Line l : lines) {
            CampaignReadout.Estimate e = l.estimate();
            String name = e.name();
            assertThat(e.measured()).as(name).isTrue();
            assertThat(e.control()).as(name + ": control members").isGreaterThanOrEqualTo(20);
            assertThat(l.truth().treatedGain()).as(name + ": the calls kept some treated members").isPositive();
            // Control members are never called from the campaign: what they gain comes from other calls only.
            assertThat(l.truth().controlGain()).as(name).isLessThan(l.truth().treatedGain());
            assertThat(l.covered()).as(name + ": " + e.ciLow() + " <= " + l.truth().uplift() + " <= " + e.ciHigh()).isTrue();
        }
    }

    private static NewCampaign campaign(String name, List<String> types, ActionKind action, LocalDate start) {
        return new NewCampaign(name, name, new TargetRule(types, null, null, null, null, null), name, name, action, start,
                start.plusMonths(2).minusDays(1), 40.0, CampaignStatus.ACTIVE);
    }
}
