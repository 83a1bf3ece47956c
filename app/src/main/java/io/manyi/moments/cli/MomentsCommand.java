package io.manyi.moments.cli;

import io.manyi.moments.Cycle;
import io.manyi.moments.MomentDetection;
import io.manyi.moments.MomentDispatch;
import io.manyi.moments.MomentEvents;
import io.manyi.moments.Tasks;
import io.manyi.platform.cli.ApplicationContexts;
import io.manyi.platform.cli.DataDirOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ./manyi moments detect|dispatch|events|expire} (docs/moments.md). */
@Command(name = "moments", mixinStandardHelpOptions = true, description = "Key moments and their tasks (docs/moments.md).",
        subcommands = {MomentsCommand.Detect.class, MomentsCommand.Dispatch.class, MomentsCommand.Events.class,
                MomentsCommand.Expire.class})
public final class MomentsCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    static LocalDate day(String text, Clock clock) {
        if (text == null) {
            return LocalDate.now(clock);
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Not a date: '" + text + "' (write it as YYYY-MM-DD).");
        }
    }

    @Command(name = "detect", mixinStandardHelpOptions = true,
            description = {"Find the moments of a day (idempotent: a moment found before is not stored again).",
                    "Without --cycle: daily types, weekly ones on Mondays, monthly ones on the 1st."})
    static final class Detect implements Callable<Integer> {
        @Mixin
        DataDirOption dataDir;

        @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The day (default: today).")
        String date;

        @Option(names = "--cycle", split = ",", paramLabel = "CYCLE",
                description = "Cycles to run: MONTHLY, WEEKLY, DAILY (comma-separated), or ALL.")
        List<String> cycles;

        @Option(names = "--dispatch", description = "Dispatch the day's moments afterwards.")
        boolean dispatch;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = ApplicationContexts.batch(dataDir.path())) {
                LocalDate day = day(date, context.getBean(Clock.class));
                Set<Cycle> which = cycles == null ? MomentDetection.dueOn(day) : parse(cycles);
                MomentDetection.Result r = context.getBean(MomentDetection.class).detect(day, which);
                System.out.printf("%s %s: %,d subscribers, %,d moments found, %,d new, in %.1f s%n", r.day(), r.cycles(),
                        r.subscribers(), r.total(), r.inserted(), r.seconds());
                r.found().forEach((type, n) -> System.out.printf("  %-20s %,d%n", type, n));
                if (dispatch) {
                    Dispatch.report(context.getBean(MomentDispatch.class).dispatch(day));
                }
                return 0;
            }
        }

        private static Set<Cycle> parse(List<String> names) {
            Set<Cycle> set = EnumSet.noneOf(Cycle.class);
            for (String name : names) {
                if (name.equalsIgnoreCase("ALL")) {
                    set.addAll(EnumSet.of(Cycle.MONTHLY, Cycle.WEEKLY, Cycle.DAILY));
                } else {
                    set.add(Cycle.valueOf(name.strip().toUpperCase(java.util.Locale.ROOT)));
                }
            }
            return set;
        }
    }

    @Command(name = "dispatch", mixinStandardHelpOptions = true,
            description = "Turn the waiting moments of a day into tasks within everyone's capacity.")
    static final class Dispatch implements Callable<Integer> {
        @Mixin
        DataDirOption dataDir;

        @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The day (default: today).")
        String date;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = ApplicationContexts.batch(dataDir.path())) {
                report(context.getBean(MomentDispatch.class).dispatch(day(date, context.getBean(Clock.class))));
                return 0;
            }
        }

        static void report(MomentDispatch.Result r) {
            System.out.printf("%s dispatch: %,d subscribers waiting; %,d new tasks, %,d merged into open tasks, %,d by SMS, "
                            + "%,d deferred, %,d suppressed by the contact policy, %,d held back (control arms, holdouts), %,d lapsed, "
                            + "in %.1f s%n", r.day(), r.subscribers(), r.newTasks(), r.merged(), r.sms(), r.deferred(),
                    r.suppressed(), r.held(), r.lapsed(), r.seconds());
        }
    }

    @Command(name = "events", mixinStandardHelpOptions = true,
            description = "Consume the pending domain events now (the server does it every second).")
    static final class Events implements Callable<Integer> {
        @Mixin
        DataDirOption dataDir;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = ApplicationContexts.batch(dataDir.path())) {
                System.out.printf("%,d events consumed%n", context.getBean(MomentEvents.class).drain());
                return 0;
            }
        }
    }

    @Command(name = "expire", mixinStandardHelpOptions = true, description = "Expire open tasks past their SLA.")
    static final class Expire implements Callable<Integer> {
        @Mixin
        DataDirOption dataDir;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = ApplicationContexts.batch(dataDir.path())) {
                System.out.printf("%,d tasks expired%n", context.getBean(Tasks.class).expireOverdue());
                return 0;
            }
        }
    }
}
