package io.manyi.campaigns;

import io.manyi.campaigns.internal.CampaignTable;
import io.manyi.campaigns.internal.OutcomeQueries;
import io.manyi.campaigns.internal.OutcomeQueries.ArmRow;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Uplift per campaign and per moment type (docs/campaigns.md, "Statistics"): retention of the
 * treated arm minus retention of the control arm, intention to treat, over the campaign's window
 * plus the follow-up period (setting {@code followUpMonths}), as far as the data goes; with a 95 %
 * Newcombe interval, and the spend uplift beside it. Public for the simulation, which compares
 * these figures with the generator's true effects.
 */
@Service
public class CampaignUplifts {

    private final CampaignTable campaigns;
    private final OutcomeQueries outcomes;
    private final CampaignSettingsStore settings;
    private final Clock clock;

    public CampaignUplifts(CampaignTable campaigns, OutcomeQueries outcomes, CampaignSettingsStore settings, Clock clock) {
        this.campaigns = campaigns;
        this.outcomes = outcomes;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * One campaign's result. {@code observedUntil}: churn is counted up to this day, the window's
     * end plus the follow-up months, or the end of the latest month of data when that comes first.
     * Results count only the time after the start: until the data covers the first month after
     * the start ({@code firstResultMonth}, the month the campaign starts in) there are none
     * ({@code hasResults} false, {@code observedUntil} null, empty arms), rather than a 0.00 uplift
     * observed before anyone was treated.
     */
    public record CampaignUplift(long campaignId, String nameZh, String nameEn, CampaignStatus status,
                                 LocalDate startsOn, LocalDate endsOn, LocalDate observedUntil, ArmOutcome treated,
                                 ArmOutcome control, Double uplift, Double ciLow, Double ciHigh, Uplift.Spend spend,
                                 YearMonth firstResultMonth, boolean hasResults) {
    }

    /**
     * One moment type's result. {@code source}: HOLDOUT (the per-type holdout, when it was on) or
     * CAMPAIGNS (the campaigns' members by the type of the moment that brought them in).
     */
    public record MomentTypeUplift(String type, String source, ArmOutcome treated, ArmOutcome control, Double uplift,
                                   Double ciLow, Double ciHigh, Uplift.Spend spend) {
    }

    /** Every campaign's uplift, in campaign order. */
    @Transactional(readOnly = true)
    public List<CampaignUplift> all() {
        return inCity(null);
    }

    /** Every campaign's uplift among the members who live in {@code city} (null: all members). */
    @Transactional(readOnly = true)
    public List<CampaignUplift> inCity(String city) {
        CampaignSettings s = settings.get();
        LocalDate dataEnd = outcomes.dataEnd(LocalDate.now(clock));
        Map<String, Map<String, ArmRow>> rows = byKey(outcomes.campaigns(null, false, s.followUpMonths(), dataEnd, city));
        List<CampaignUplift> result = new ArrayList<>();
        for (Campaign c : campaigns.all()) {
            result.add(of(c, rows.getOrDefault(Long.toString(c.id()), Map.of()), s, dataEnd));
        }
        return result;
    }

    @Transactional(readOnly = true)
    public Optional<CampaignUplift> of(long campaignId) {
        CampaignSettings s = settings.get();
        LocalDate dataEnd = outcomes.dataEnd(LocalDate.now(clock));
        return campaigns.find(campaignId).map(c -> of(c,
                byKey(outcomes.campaigns(campaignId, false, s.followUpMonths(), dataEnd))
                        .getOrDefault(Long.toString(campaignId), Map.of()), s, dataEnd));
    }

    /** Per moment type: the holdout's arms first (where there is a holdout), then the campaigns' members by type. */
    @Transactional(readOnly = true)
    public List<MomentTypeUplift> byMomentType() {
        CampaignSettings s = settings.get();
        LocalDate dataEnd = outcomes.dataEnd(LocalDate.now(clock));
        List<MomentTypeUplift> result = new ArrayList<>();
        byKey(outcomes.holdouts(s.followUpMonths(), dataEnd)).forEach((type, arms) ->
                result.add(momentType(type, "HOLDOUT", arms)));
        byKey(outcomes.campaigns(null, true, s.followUpMonths(), dataEnd)).forEach((type, arms) ->
                result.add(momentType(type, "CAMPAIGNS", arms)));
        return result;
    }

    private static MomentTypeUplift momentType(String type, String source, Map<String, ArmRow> arms) {
        Uplift u = Uplift.of(arms.get("TREATED"), arms.get("CONTROL"));
        return new MomentTypeUplift(type, source, u.treated(), u.control(), u.uplift(), u.ciLow(), u.ciHigh(), u.spend());
    }

    private static CampaignUplift of(Campaign c, Map<String, ArmRow> arms, CampaignSettings s, LocalDate dataEnd) {
        LocalDate window = c.endsOn().plusMonths(s.followUpMonths());
        LocalDate observed = window.isBefore(dataEnd) ? window : dataEnd;
        YearMonth first = firstResultMonth(c.startsOn());
        boolean hasResults = hasResults(c.startsOn(), observed);
        Uplift u = hasResults ? Uplift.of(arms.get("TREATED"), arms.get("CONTROL")) : Uplift.of(null, null);
        return new CampaignUplift(c.id(), c.nameZh(), c.nameEn(), c.status(), c.startsOn(), c.endsOn(),
                hasResults ? observed : null, u.treated(), u.control(), u.uplift(), u.ciLow(), u.ciHigh(), u.spend(),
                first, hasResults);
    }

    /** The first month whose data tells about a campaign: the month it starts in. */
    public static YearMonth firstResultMonth(LocalDate startsOn) {
        return YearMonth.from(startsOn);
    }

    /** Whether data observed up to {@code observedUntil} covers the first month after the start. */
    public static boolean hasResults(LocalDate startsOn, LocalDate observedUntil) {
        return !observedUntil.isBefore(firstResultMonth(startsOn).atEndOfMonth());
    }

    private static Map<String, Map<String, ArmRow>> byKey(List<ArmRow> rows) {
        Map<String, Map<String, ArmRow>> byKey = new TreeMap<>();
        rows.forEach(r -> byKey.computeIfAbsent(r.key(), k -> new HashMap<>()).put(r.arm(), r));
        return byKey;
    }
}
