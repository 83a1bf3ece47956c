package io.manyi.commands.demo;

import io.manyi.moments.Cycle;
import io.manyi.moments.MomentDetection;
import io.manyi.moments.MomentDispatch;
import io.manyi.moments.MomentEvents;
import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import org.springframework.context.ApplicationContext;

/**
 * The demo's last loading step: after the latest month's cycle (whose monthly and weekly moments
 * are dispatched for the demo's "today"), the daily moments of today and any pending events,
 * dispatched to the phone managers, so that {@code pm01} signs in to a day of calls. Idempotent
 * like its parts.
 */
public final class KeyMomentsStep {

    private KeyMomentsStep() {
    }

    public static void run(ApplicationContext context, PrintStream out) {
        LocalDate today = LocalDate.now(context.getBean(Clock.class));
        out.println("Finding today's daily key moments (birthdays, anniversaries, unconfirmed subscriptions) and dispatching them ...");
        context.getBean(MomentEvents.class).drain();
        MomentDetection.Result found = context.getBean(MomentDetection.class)
                .detect(today, EnumSet.of(Cycle.DAILY));
        out.printf("  %s  %,d moments (%,d new) in %.1f s%n", today, found.total(), found.inserted(), found.seconds());
        MomentDispatch.Result d = context.getBean(MomentDispatch.class).dispatch(today);
        out.printf("  %,d new tasks, %,d merged, %,d by SMS, %,d deferred, %,d suppressed, %,d held back (control arms), in %.1f s%n",
                d.newTasks(), d.merged(), d.sms(), d.deferred(), d.suppressed(), d.held(), d.seconds());
    }
}
