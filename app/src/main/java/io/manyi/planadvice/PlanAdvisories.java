package io.manyi.planadvice;

import io.manyi.planadvice.internal.PlanAdviceQueries;
import io.manyi.platform.audit.AuditLog;
import io.manyi.platform.security.CurrentUser;
import io.manyi.subscriber.SubscriberDirectory;
import io.manyi.subscriber.SubscriberNotFound;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Plan advice for subscribers (docs/plan-advice.md): for a person looking at one subscriber
 * (scope-checked, audited), and for other features working on many at once ({@link #forBatch}).
 */
@Service
public class PlanAdvisories {

    /** The batch size {@link #forBatch} reads in one pair of queries. */
    public static final int BATCH = 5_000;

    private final PlanAdviceQueries queries;
    private final PlanAdviceSettings settings;
    private final SubscriberDirectory directory;
    private final AuditLog audit;

    public PlanAdvisories(PlanAdviceQueries queries, PlanAdviceSettings settings, SubscriberDirectory directory,
                          AuditLog audit) {
        this.queries = queries;
        this.settings = settings;
        this.directory = directory;
        this.audit = audit;
    }

    /**
     * The advice for one subscriber as a person sees it.
     *
     * @return empty when the subscriber has no usage yet
     * @throws SubscriberNotFound                         unknown number
     * @throws io.manyi.subscriber.SubscriberOutOfScope   a manager asking about another's subscriber
     */
    public Optional<PlanAdvice> forSubscriber(CurrentUser reader, String msisdn) {
        directory.requireReadable(reader, msisdn);
        Optional<PlanAdvice> advice = Optional.ofNullable(forBatch(List.of(msisdn)).get(msisdn));
        audit.record(reader.username(), "planadvice.view", msisdn,
                advice.map(a -> "kind=" + a.kind() + " segment=" + a.segment()).orElse("no usage"));
        return advice;
    }

    /**
     * The advice for many subscribers at once, for key moments, campaigns and reports: no person
     * reads it here, so it is not audited; whoever shows it to a person audits that. Numbers that
     * are unknown or have no usage are left out. Reads in batches of {@value #BATCH}.
     */
    public Map<String, PlanAdvice> forBatch(Collection<String> msisdns) {
        PlanAdviceRules rules = settings.rules();
        List<CatalogPlan> catalog = queries.catalog();
        Map<String, CatalogPlan> byCode = catalog.stream().collect(Collectors.toMap(CatalogPlan::code, Function.identity()));
        Map<String, PlanAdvice> advice = new HashMap<>();
        List<String> all = List.copyOf(msisdns);
        for (int from = 0; from < all.size(); from += BATCH) {
            List<String> batch = all.subList(from, Math.min(all.size(), from + BATCH));
            Map<String, String> plans = queries.plans(batch);
            Map<String, List<MonthlyUsage>> usage = queries.recentUsage(batch, rules.months());
            plans.forEach((msisdn, planCode) -> {
                CatalogPlan current = byCode.get(planCode);
                if (current != null) {
                    PlanAdvisor.advise(current, usage.getOrDefault(msisdn, List.of()), catalog, rules)
                            .ifPresent(a -> advice.put(msisdn, a));
                }
            });
        }
        return advice;
    }
}
