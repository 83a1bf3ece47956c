package io.manyi.campaigns;

import io.manyi.campaigns.CampaignUplifts.MomentTypeUplift;
import io.manyi.moments.MeasuredHelp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Priority learned from outcomes (docs/campaigns.md, "Learning"): per moment type, the measured
 * retention uplift of its holdout or of the campaigns' members brought in by it, where both arms
 * have at least {@code minMembersPerArm} members ({@link Learning}). The figures are recomputed
 * at most every {@code manyi.campaigns.learning-refresh} (10 minutes): the event consumer asks
 * twice a second, and outcomes move by the month.
 */
@Component
public class LearnedHelp implements MeasuredHelp {

    private final CampaignUplifts uplifts;
    private final CampaignSettingsStore settings;
    private final Clock clock;
    private final Duration refresh;
    private volatile Snapshot snapshot;

    public LearnedHelp(CampaignUplifts uplifts, CampaignSettingsStore settings, Clock clock,
                       @Value("${manyi.campaigns.learning-refresh:10m}") Duration refresh) {
        this.uplifts = uplifts;
        this.settings = settings;
        this.clock = clock;
        this.refresh = refresh;
    }

    /** A moment type's learned figure and the evidence it came from. */
    public record Learned(String type, double probability, Learning.Evidence evidence) {
    }

    private record Snapshot(Instant at, Map<String, Learned> byType) {
    }

    @Override
    public OptionalDouble probability(String type) {
        Learned learned = current().get(type);
        return learned == null ? OptionalDouble.empty() : OptionalDouble.of(learned.probability());
    }

    /** Every type with a learned probability. */
    public Map<String, Learned> current() {
        Snapshot s = snapshot;
        Instant now = clock.instant();
        if (s == null || !now.isBefore(s.at().plus(refresh))) {
            s = new Snapshot(now, learn());
            snapshot = s;
        }
        return s.byType();
    }

    /** Forgets the figures, so the next question recomputes them (after a settings change, in tests). */
    public void refresh() {
        snapshot = null;
    }

    private Map<String, Learned> learn() {
        int min = settings.get().minMembersPerArm();
        Map<String, List<Learning.Evidence>> evidence = new HashMap<>();
        for (MomentTypeUplift u : uplifts.byMomentType()) { // holdouts first, then campaigns
            evidence.computeIfAbsent(u.type(), t -> new ArrayList<>()).add(
                    new Learning.Evidence(u.source(), u.treated().members(), u.control().members(), u.uplift()));
        }
        Map<String, Learned> learned = new HashMap<>();
        evidence.forEach((type, list) -> Learning.usable(list, min)
                .ifPresent(e -> learned.put(type, new Learned(type, Learning.probability(e), e))));
        return Map.copyOf(learned);
    }
}
