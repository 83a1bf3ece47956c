package io.manyi.simulation;

import io.manyi.intake.ImportOptions;
import io.manyi.intake.ImportResult;
import io.manyi.intake.ImportService;
import io.manyi.moments.ActionKind;
import io.manyi.moments.MomentCatalog;
import io.manyi.moments.MomentType;
import io.manyi.moments.Outcome;
import io.manyi.province.Rows;
import io.manyi.simulation.internal.ForwardQueries;
import io.manyi.simulation.internal.MonthFiles;
import io.manyi.simulation.internal.TruthFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Runs the synthetic province forward by one month (docs/synthetic-province.md, "Running the
 * province forward"): every subscriber still on the network gets the month's hidden hazard (their
 * hazard without effects, constant from the generator's last month) times the true effects of the
 * outcomes recorded on their tasks; churn is drawn from it; usage and bills follow last month's.
 * The month is written as the operator's exports under {@code <province>/simulated/<month>/},
 * imported through the product's normal intake, and its truth appended to {@code truth/}.
 * <p>
 * Idempotent: a month whose files exist is not computed again (its truth is appended once, a
 * marker says so; the intake refuses a file it has imported before), so a re-run after a crash
 * finishes the month and a re-run of a finished month changes nothing.
 */
@Service
public class ProvinceForward {

    static final String SIMULATED = "simulated";
    static final String TRUTH_APPENDED = ".truth-appended";
    /** Effects last at most three months, so outcomes of the two months before still count. */
    static final int EFFECT_MONTHS_BACK = 2;

    public record Result(YearMonth month, int subscribers, int leavers, int withEffect, double meanHazardWithout,
                         double meanHazardWith, boolean computed, List<ImportResult> imports) {
    }

    private final ForwardQueries queries;
    private final MomentCatalog catalog;
    private final ImportService intake;

    public ProvinceForward(ForwardQueries queries, MomentCatalog catalog, ImportService intake) {
        this.queries = queries;
        this.catalog = catalog;
        this.intake = intake;
    }

    public static Path monthDir(Path province, YearMonth month) {
        return province.resolve(SIMULATED).resolve(month.toString());
    }

    public Result advance(Path province, YearMonth month, long seed) throws IOException {
        Path dir = monthDir(province, month);
        Result computed = null;
        if (!Files.isDirectory(dir)) {
            if (queries.usageRows(month) > 0) {
                throw new SimulationRefused("The database already has usage for " + month
                        + " that this simulation did not write (no " + dir + ")");
            }
            computed = compute(province, month, seed, dir);
        }
        if (!Files.exists(dir.resolve(TRUTH_APPENDED))) {
            TruthFiles.append(dir, province);
            Files.createFile(dir.resolve(TRUTH_APPENDED));
        }
        List<ImportResult> imports = intake.importAll(dir, ImportOptions.by("simulate"), r -> { });
        if (imports.stream().anyMatch(r -> r.status() == ImportResult.Status.REJECTED)) {
            throw new SimulationRefused("The intake refused the simulated " + month + ": " + imports);
        }
        return computed != null ? new Result(month, computed.subscribers(), computed.leavers(), computed.withEffect(),
                computed.meanHazardWithout(), computed.meanHazardWith(), true, imports)
                : new Result(month, 0, 0, 0, 0, 0, false, imports);
    }

    private Result compute(Path province, YearMonth month, long seed, Path dir) throws IOException {
        YearMonth last = month.minusMonths(1);
        List<ForwardQueries.Active> active = queries.active(last);
        Map<String, Double> hazards = TruthFiles.hazardsWithout(province, last);
        Map<String, List<TrueEffects.Recorded>> recorded = recorded(month);
        MonthForward forward = new MonthForward(seed);
        List<Rows.Usage> usage = new ArrayList<>(active.size());
        List<Rows.Payment> payments = new ArrayList<>(active.size());
        List<Rows.Subscriber> changed = new ArrayList<>();
        List<Rows.Churn> churn = new ArrayList<>();
        List<Rows.Hazard> hazardRows = new ArrayList<>(active.size());
        List<MonthFiles.EffectRow> effects = new ArrayList<>(active.size());
        int withEffect = 0;
        double sumWithout = 0;
        double sumWith = 0;
        for (ForwardQueries.Active a : active) {
            String msisdn = a.subscriber().msisdn();
            // A subscriber the truth does not know (added by hand to the database): the average monthly churn.
            double base = hazards.getOrDefault(msisdn, 0.012);
            List<TrueEffects.Recorded> theirs = recorded.getOrDefault(msisdn, List.of());
            double multiplier = TrueEffects.multiplierIn(month, theirs);
            MonthForward.Next next = forward.advance(month, a.usage(), a.payment(), base, multiplier);
            usage.add(next.usage());
            payments.add(next.payment());
            hazardRows.add(new Rows.Hazard(msisdn, month, next.hazardWith()));
            effects.add(new MonthFiles.EffectRow(msisdn, month, thisMonth(theirs, month), next.hazardWithout(), next.hazardWith()));
            withEffect += multiplier < 1 ? 1 : 0;
            sumWithout += next.hazardWithout();
            sumWith += next.hazardWith();
            Rows.Subscriber s = a.subscriber();
            String status = next.leaves() ? "CANCELLED" : next.payment().daysOverdue() >= 30 ? "SUSPENDED" : "ACTIVE";
            if (next.leaves() || !status.equals(s.status())) {
                changed.add(new Rows.Subscriber(msisdn, s.name(), s.idNumber(), s.gender(), s.birthDate(), s.city(),
                        s.district(), s.brand(), s.planCode(), s.activatedOn(), status, s.numberType(), s.contractEnd(),
                        next.cancelledOn()));
            }
            if (next.leaves()) {
                churn.add(new Rows.Churn(msisdn, month, next.cancelledOn(), "simulated", 0));
            }
        }
        Path partial = dir.resolveSibling(month + ".partial");
        Files.createDirectories(partial);
        MonthFiles.subscribers(partial.resolve("subscribers.csv"), changed);
        MonthFiles.usage(partial.resolve("usage.csv"), usage);
        MonthFiles.payments(partial.resolve("payments.csv"), payments);
        Path truth = partial.resolve(TruthFiles.DIR);
        MonthFiles.churn(truth.resolve(TruthFiles.CHURN), churn);
        MonthFiles.hazards(truth.resolve(TruthFiles.HAZARD), hazardRows);
        MonthFiles.effects(truth.resolve(TruthFiles.EFFECTS), effects);
        // Renamed only when complete: a crash before leaves no half month to import.
        Files.move(partial, dir, StandardCopyOption.ATOMIC_MOVE);
        int n = Math.max(1, active.size());
        return new Result(month, active.size(), churn.size(), withEffect, sumWithout / n, sumWith / n, true, List.of());
    }

    /** The outcomes of tasks made in this month and the two before, each with its task type's action kind. */
    private Map<String, List<TrueEffects.Recorded>> recorded(YearMonth month) {
        Map<String, ActionKind> actions = catalog.types().stream()
                .collect(Collectors.toMap(MomentType::code, MomentType::actionKind));
        Map<String, List<TrueEffects.Recorded>> byMsisdn = new HashMap<>();
        for (ForwardQueries.RecordedOutcome o : queries.outcomes(month.minusMonths(EFFECT_MONTHS_BACK).atDay(1),
                month.atEndOfMonth())) {
            ActionKind action = actions.getOrDefault(o.type(), ActionKind.CARE_CALL);
            byMsisdn.computeIfAbsent(o.msisdn(), k -> new ArrayList<>())
                    .add(new TrueEffects.Recorded(YearMonth.from(o.day()), Outcome.valueOf(o.outcome()), action));
        }
        return byMsisdn;
    }

    private static String thisMonth(List<TrueEffects.Recorded> recorded, YearMonth month) {
        return recorded.stream().filter(r -> r.month().equals(month)).map(r -> r.outcome() + "/" + r.action())
                .collect(Collectors.joining(";"));
    }
}
