package io.manyi.moments;

import io.manyi.loyalty.PointsCycle;
import io.manyi.loyalty.PointsExpiry;
import io.manyi.moments.internal.FactsQuery;
import io.manyi.moments.internal.MomentStore;
import io.manyi.moments.internal.MomentStore.NewMoment;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The batch detection of a day (docs/moments.md, "Detection"): every enabled type of the cycles
 * asked for, over every subscriber, in one pass. Idempotent: a moment found again is not stored again.
 */
@Service
public class MomentDetection {

    /** Months of usage the rules read (spend drop: 3 months of baseline and the last one). */
    static final int MONTHS_READ = 4;
    /** Months of spend that make a subscriber's monthly value. */
    static final int VALUE_MONTHS = 3;

    private final MomentCatalog catalog;
    private final MomentSettings settings;
    private final FactsQuery facts;
    private final MomentStore store;
    private final PointsExpiry pointsExpiry;

    public MomentDetection(MomentCatalog catalog, MomentSettings settings, FactsQuery facts, MomentStore store,
                           PointsExpiry pointsExpiry) {
        this.catalog = catalog;
        this.settings = settings;
        this.facts = facts;
        this.store = store;
        this.pointsExpiry = pointsExpiry;
    }

    public record Result(LocalDate day, Set<Cycle> cycles, int subscribers, Map<String, Integer> found, int inserted,
                         double seconds) {
        public int total() {
            return found.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** The cycles a run on {@code day} looks for when none are named: daily, weekly on Mondays, monthly on the 1st. */
    public static Set<Cycle> dueOn(LocalDate day) {
        Set<Cycle> due = EnumSet.noneOf(Cycle.class);
        for (Cycle cycle : Cycle.values()) {
            if (cycle.dueOn(day)) {
                due.add(cycle);
            }
        }
        return due;
    }

    @Transactional
    public Result detect(LocalDate day, Set<Cycle> cycles) {
        long started = System.nanoTime();
        List<MomentType> types = catalog.types().stream()
                .filter(t -> t.enabled() && cycles.contains(t.cycle())).toList();
        Map<String, MomentType> byCode = new HashMap<>();
        types.forEach(t -> byCode.put(t.code(), t));
        Priority priority = settings.priority();
        Priority.HelpProbability help = settings.helpProbability(priority);
        FactsQuery.Sparse sparse = sparse(day, byCode);
        List<PlanOffer> plans = facts.plans();
        List<NewMoment> moments = new ArrayList<>();
        Map<String, Integer> found = new TreeMap<>();
        int subscribers = types.isEmpty() ? 0 : facts.forEach(YearMonth.from(day).minusMonths(1), MONTHS_READ, sparse, f -> {
            List<Detected> detected = MomentRules.detect(f, day, types, plans);
            if (detected.isEmpty()) {
                return;
            }
            double value = f.averageSpendFen(VALUE_MONTHS) / 100.0;
            for (Detected d : detected) {
                moments.add(moment(d, f.msisdn(), day, byCode.get(d.type()), "BATCH", null, value, priority, help));
                found.merge(d.type(), 1, Integer::sum);
            }
        });
        int inserted = store.insert(moments);
        return new Result(day, cycles, subscribers, found, inserted, (System.nanoTime() - started) / 1e9);
    }

    private FactsQuery.Sparse sparse(LocalDate day, Map<String, MomentType> types) {
        MomentType vas = types.get(MomentRules.VAS_UNCONFIRMED);
        MomentType groups = types.get(MomentRules.GROUP_NEW_MEMBER);
        MomentType churn = types.get(MomentRules.CHURN_RISK_HIGH);
        MomentType points = types.get(MomentRules.POINTS_EXPIRING);
        Map<String, FactsQuery.ExpiringPoints> expiring = new HashMap<>();
        if (points != null) {
            PointsCycle cycle = PointsCycle.of(day);
            if (!day.isBefore(cycle.lastDay().minusDays((long) points.param("daysBefore", 30)))) {
                pointsExpiry.due(cycle).forEach(d -> expiring.put(d.msisdn(),
                        new FactsQuery.ExpiringPoints(d.points(), cycle.lastDay())));
            }
        }
        return new FactsQuery.Sparse(
                vas == null ? Map.of() : facts.unconfirmedVas(day.minusDays((long) vas.param("lookbackDays", 30)), day),
                groups == null ? Map.of() : facts.groupJoins(day.minusDays((long) groups.param("lookbackDays", 30)), day),
                churn == null ? Map.of() : facts.churnScores(day, churn.param("minProbability", 0.5)),
                expiring);
    }

    static NewMoment moment(Detected d, String msisdn, LocalDate day, MomentType type, String source, Long eventId,
                            double monthlyValueYuan, Priority priority, Priority.HelpProbability help) {
        double expected = priority.expectedValue(d.type(), monthlyValueYuan, help);
        return new NewMoment(d.type(), msisdn, d.occurrence(), day, day.plusDays(type.windowDays()), source, eventId,
                d.detailZh(), d.detailEn(), BigDecimal.valueOf(monthlyValueYuan).setScale(2, RoundingMode.HALF_UP),
                BigDecimal.valueOf(expected).setScale(2, RoundingMode.HALF_UP));
    }
}
