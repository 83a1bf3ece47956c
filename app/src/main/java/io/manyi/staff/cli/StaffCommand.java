package io.manyi.staff.cli;

import io.manyi.platform.cli.ApplicationContexts;
import io.manyi.platform.cli.DataDirOption;
import io.manyi.staff.StaffAssessment;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ./manyi staff assess --month YYYY-MM} (docs/staff-assessment.md). */
@Command(name = "staff", mixinStandardHelpOptions = true, description = "Staff assessment (service star, docs/staff-assessment.md).",
        subcommands = StaffCommand.Assess.class)
public final class StaffCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    @Command(name = "assess", mixinStandardHelpOptions = true,
            description = "Assess hall clerks and phone managers for a month (re-runnable: replaces the month's assessments).")
    static final class Assess implements Callable<Integer> {
        @Mixin
        DataDirOption dataDir;

        @Option(names = "--month", required = true, paramLabel = "YYYY-MM", description = "The month to assess.")
        String month;

        @Override
        public Integer call() {
            YearMonth of;
            try {
                of = YearMonth.parse(month);
            } catch (DateTimeParseException e) {
                System.err.println("Not a month: '" + month + "' (write it as YYYY-MM).");
                return 2;
            }
            try (ConfigurableApplicationContext context = ApplicationContexts.batch(dataDir.path())) {
                StaffAssessment.Result r = context.getBean(StaffAssessment.class).assess(of);
                System.out.printf("%s  %,d hall clerks, %,d phone managers assessed (%,d with a total) in %.2f s%n",
                        r.month(), r.clerks(), r.phoneManagers(), r.withTotal(), r.seconds());
                return 0;
            } catch (IllegalArgumentException e) {
                System.err.println(e.getMessage());
                return 2;
            }
        }
    }
}
