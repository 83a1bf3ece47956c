package io.manyi.commands;

import io.manyi.platform.cli.DataDirOption;
import io.manyi.platform.cli.ApplicationContexts;

import io.manyi.churn.ChurnDemo;
import io.manyi.cycle.DemoCycles;
import io.manyi.hall.demo.HallDemo;
import io.manyi.intake.ImportOptions;
import io.manyi.intake.ImportResult;
import io.manyi.intake.ImportService;
import io.manyi.loyalty.DemoAuction;
import io.manyi.commands.demo.DemoLoading;
import io.manyi.commands.demo.DemoProvince;
import io.manyi.commands.demo.KeyMomentsStep;
import io.manyi.platform.security.DemoUsers;
import io.manyi.province.ProvinceSpec;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Generates a synthetic province (once), serves the workbench, imports the province into it,
 * runs the monthly cycle of each of its months (history quietly, the latest in full, after the
 * churn model is trained; all idempotent, so a restart does nothing twice) and creates the demo accounts.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Generate a synthetic province (once), import it and serve it with demo accounts.")
public final class DemoCommand implements Callable<Integer> {

    @Mixin
    DataDirOption dataDir;

    @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--subscribers", defaultValue = "50000",
            description = "Subscribers in the synthetic province (default: ${DEFAULT-VALUE}).")
    int subscribers;

    @Override
    public Integer call() throws Exception {
        Path data = dataDir.path();
        ConfigurableApplicationContext context = ApplicationContexts.web(data, port, DemoUsers.PROFILE);
        ServeCommand.markServing();
        DemoLoading loading = context.getBean(DemoLoading.class);

        loading.loading("generate");
        // "Today" is the application's clock, in the operator's zone (manyi.time-zone).
        ProvinceSpec spec = DemoProvince.spec(subscribers, context.getBean(Clock.class));
        Path province = DemoProvince.ensure(data, spec, System.out);

        loading.loading("import");
        System.out.println("Importing the province from " + province + " ...");
        List<ImportResult> results = context.getBean(ImportService.class)
                .importAll(province, ImportOptions.by("demo"), result -> System.out.printf("  %-22s %-16s %,d rows%n",
                        result.file(), result.status(), result.rowsLoaded()));
        if (results.stream().anyMatch(r -> r.status() == ImportResult.Status.REJECTED)) {
            System.err.println("The demo province did not import cleanly; see the messages above.");
            context.close();
            return 1;
        }

        // Star levels and points of the history through the monthly cycle, quietly (docs/cycle.md).
        loading.loading("monthly cycles");
        DemoCycles cycles = context.getBean(DemoCycles.class);
        YearMonth latest = cycles.history(System.out);
        context.getBean(DemoAuction.class).ensure().ifPresent(a -> System.out.printf(
                "  auction #%d \"%s\": highest bid %,d points, ends %s%n", a.id(), a.titleEn(), a.highestBid(), a.endsAt()));

        loading.loading("complaints");
        System.out.printf("  %,d imported complaints adopted as tickets%n",
                context.getBean(io.manyi.complaints.ImportedComplaints.class).adoptAll());
        System.out.printf("  %,d surveys of the past months%n", context.getBean(io.manyi.satisfaction.DemoSurveys.class).generate());
        // The churn model first: the latest month's cycle scores with it and its warnings become moments.
        loading.loading("churn risk");
        context.getBean(ChurnDemo.class).train(province, System.out);
        cycles.scoreTrend(latest, System.out);
        loading.loading("monthly cycle");
        // Campaigns before the month's dispatch, so its moments enrol members in their arms.
        System.out.printf("  %d demo campaigns created%n", context.getBean(io.manyi.campaigns.DemoCampaigns.class).ensure());
        cycles.latest(latest, System.out);
        // The preventive texts the server otherwise sends on its own schedule (docs/surveys.md).
        io.manyi.satisfaction.PreventiveReminders reminders = context.getBean(io.manyi.satisfaction.PreventiveReminders.class);
        var usage = reminders.usageAlerts(latest);
        var vas = reminders.vasReminders();
        System.out.printf("  preventive reminders: %,d data and %,d spend alerts for %s, %,d subscription confirmations, %,d flagged%n",
                usage.dataAlerts(), usage.spendAlerts(), latest, vas.confirmationsSent(), vas.flagged());
        loading.loading("key moments");
        KeyMomentsStep.run(context, System.out);
        loading.loading("halls");
        int hallDays = context.getBean(HallDemo.class).seedOnce();
        System.out.printf("Business halls: %,d days closed%s%n", hallDays, hallDays == 0 ? " (seeded before)" : "");
        loading.loading("staff assessment");
        context.getBean(io.manyi.staff.demo.StaffDemo.class).run(System.out);
        // Last: the dashboard reads what every step above wrote (tiers, points, tickets, surveys, tasks).
        loading.loading("dashboard");
        System.out.println("Rolling up the managers' dashboard month by month ...");
        io.manyi.dashboard.DashboardRollups rollups = context.getBean(io.manyi.dashboard.DashboardRollups.class);
        rollups.refreshAll().forEach(r -> System.out.printf("  %s  %d cities in %.1f s%n", r.month(), r.cities(), r.seconds()));
        // and this month so far: today's dispatched tasks and new tickets show under the current month
        var thisMonth = rollups.refresh(java.time.YearMonth.now(context.getBean(Clock.class)));
        System.out.printf("  %s  %d cities in %.1f s (month to date)%n", thisMonth.month(), thisMonth.cities(), thisMonth.seconds());


        DemoUsers.print(context.getBean(DemoUsers.class).ensure(), System.out);
        loading.ready();
        System.out.printf("%nManyi is ready: http://localhost:%d  (sign in with one of the accounts above)%n", port);
        return 0;
    }
}
