package io.manyi.province;

import java.time.YearMonth;
import java.util.SplittableRandom;

/**
 * Generates a synthetic province into a {@link ProvinceSink}: the plan catalogue, staff and
 * group customers first, then each subscriber with all their rows. Deterministic: every
 * subscriber draws from its own random stream derived from (seed, index), and rows are
 * emitted in a fixed order, so the same spec gives the same rows.
 */
public final class ProvinceGenerator {

    /** Share of the base that activates during the window, per month of window. */
    static final double NEW_PER_MONTH = 0.006;

    /** Told how far the generation has got, in subscribers. */
    @FunctionalInterface
    public interface Progress {
        void subscribersDone(int done, int total);

        Progress NONE = (done, total) -> {
        };
    }

    private final ProvinceSpec spec;

    public ProvinceGenerator(ProvinceSpec spec) {
        this.spec = spec;
    }

    public void generate(ProvinceSink sink) {
        generate(sink, Progress.NONE);
    }

    public void generate(ProvinceSink sink, Progress progress) {
        PlanCatalogue.PLANS.forEach(sink::plan);
        Organisation organisation = new Organisation(spec.subscribers(), spec.seed());
        organisation.staff().forEach(sink::staff);
        GroupContracts contracts = new GroupContracts(spec.seed(), spec.asOf());
        organisation.groups().forEach(g -> sink.group(contracts.withContract(g)));

        Window window = new Window(spec);
        MsisdnPool numbers = new MsisdnPool(spec.seed());
        ComplaintDesk desk = new ComplaintDesk(spec.asOf().atStartOfDay());
        int total = spec.subscribers();
        int newcomers = (int) Math.min(total / 3, Math.round(total * NEW_PER_MONTH * spec.months()));
        int existing = total - newcomers;
        int step = Math.max(1, total / 100);
        for (int i = 0; i < total; i++) {
            SplittableRandom rng = new SplittableRandom(Draw.mix(spec.seed(), i));
            YearMonth activatedIn = i < existing ? null : window.get(rng.nextInt(window.size())).month();
            SubscriberProfile profile = SubscriberProfile.draw(rng, spec, activatedIn, numbers);
            new SubscriberLife(rng, profile, window, organisation, desk, sink).live();
            if ((i + 1) % step == 0 || i + 1 == total) {
                progress.subscribersDone(i + 1, total);
            }
        }
    }
}
