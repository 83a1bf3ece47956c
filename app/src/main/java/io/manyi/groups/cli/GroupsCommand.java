package io.manyi.groups.cli;

import io.manyi.groups.GroupDirectory;
import io.manyi.groups.GroupFigures;
import io.manyi.groups.GroupFilter;
import io.manyi.groups.PhoneManagerAssignment;
import io.manyi.platform.Role;
import io.manyi.platform.cli.ApplicationContexts;
import io.manyi.platform.cli.DataDirOption;
import io.manyi.platform.security.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ./manyi groups assign|list} (docs/groups.md). */
@Command(name = "groups", mixinStandardHelpOptions = true, description = "Group customers (docs/groups.md).",
        subcommands = {GroupsCommand.Assign.class, GroupsCommand.ListGroups.class})
public final class GroupsCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    @Command(name = "assign", mixinStandardHelpOptions = true,
            description = "Give the C groups without a manager a phone customer manager (idempotent; monthly detection does it too).")
    static final class Assign implements Callable<Integer> {
        @Mixin
        DataDirOption dataDir;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = ApplicationContexts.batch(dataDir.path())) {
                LocalDate today = LocalDate.now(context.getBean(Clock.class));
                PhoneManagerAssignment.Result r = context.getBean(PhoneManagerAssignment.class).assign(today);
                System.out.printf("%,d C groups assigned a phone customer manager, %,d found nobody with room, %,d released%n",
                        r.assigned(), r.unassigned(), r.released());
                return 0;
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "The groups with their figures of a month (aggregates only, no personal data).")
    static final class ListGroups implements Callable<Integer> {
        @Mixin
        DataDirOption dataDir;

        @Option(names = "--month", paramLabel = "YYYY-MM", description = "The month (default: the last complete one).")
        String month;

        @Option(names = "--class", paramLabel = "A|B|C", description = "Only this class.")
        String groupClass;

        @Option(names = "--page", description = "Page of 50, from 0.")
        int page;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = ApplicationContexts.batch(dataDir.path())) {
                long started = System.nanoTime();
                GroupDirectory.Page p = context.getBean(GroupDirectory.class).list(
                        new CurrentUser("cli", Set.of(Role.ANALYST)), new GroupFilter(groupClass, null, null, page),
                        month == null ? null : YearMonth.parse(month));
                double seconds = (System.nanoTime() - started) / 1e9;
                System.out.printf("%-12s %-2s %-10s %7s %12s %6s %7s %5s %5s%n", "group", "cl", "manager", "members",
                        "revenue", "high", "avg", "left", "open");
                for (var g : p.items()) {
                    GroupFigures f = g.figures();
                    System.out.printf("%-12s %-2s %-10s %7d %12.2f %6d %6.1f%% %5d %5d%n", g.groupId(), g.groupClass(),
                            g.manager() == null ? "-" : g.manager(), f.members(), f.revenueYuan(), f.highRisk(),
                            f.averageProbability() == null ? 0 : 100 * f.averageProbability(), f.left(), f.openComplaints());
                }
                System.out.printf("%s: %d groups in %.3f s%s%n", p.month(), p.items().size(), seconds,
                        p.hasNext() ? " (more: --page " + (page + 1) + ")" : "");
                return 0;
            }
        }
    }
}
