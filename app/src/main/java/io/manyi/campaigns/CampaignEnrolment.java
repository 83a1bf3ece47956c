package io.manyi.campaigns;

import io.manyi.campaigns.internal.EnrolmentQueries;
import io.manyi.campaigns.internal.EnrolmentQueries.Match;
import io.manyi.campaigns.internal.EnrolmentQueries.NewMember;
import io.manyi.campaigns.internal.EnrolmentQueries.Waiting;
import io.manyi.moments.MomentCatalog;
import io.manyi.moments.MomentHolds;
import io.manyi.moments.MomentStatuses;
import io.manyi.moments.MomentType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Membership and the control arms, run by dispatch before it places anything (docs/campaigns.md,
 * "Membership"). A subscriber with a waiting moment that matches an ACTIVE campaign becomes a
 * member once, in the arm {@link ArmDraw} gives; the campaign's moments of a CONTROL member are
 * held back (SUPPRESSED, reason {@value #CONTROL_GROUP}), so no task is created or grown from
 * them and no text goes out. The same for the per-moment-type holdout (reason {@value #HOLDOUT}).
 * A control member's other moments, which no campaign of theirs matches, are dispatched as usual.
 */
@Component
public class CampaignEnrolment implements MomentHolds {

    public static final String CONTROL_GROUP = "control-group";
    public static final String HOLDOUT = "holdout";

    private final EnrolmentQueries queries;
    private final CampaignSettingsStore settings;
    private final MomentCatalog catalog;
    private final MomentStatuses statuses;

    public CampaignEnrolment(EnrolmentQueries queries, CampaignSettingsStore settings, MomentCatalog catalog,
                             MomentStatuses statuses) {
        this.queries = queries;
        this.settings = settings;
        this.catalog = catalog;
        this.statuses = statuses;
    }

    @Override
    public Held hold(LocalDate day, List<String> only) {
        Set<Long> held = new HashSet<>();
        List<Match> matches = queries.matches(day, only);
        Map<String, String> arms = enrol(matches, day);
        List<Long> control = new ArrayList<>();
        for (Match m : matches) {
            if (Arm.CONTROL.name().equals(arms.get(m.campaignId() + ":" + m.msisdn())) && held.add(m.momentId())) {
                control.add(m.momentId());
            }
        }
        statuses.suppress(control, CONTROL_GROUP);
        statuses.suppress(holdouts(day, only, held), HOLDOUT);
        // Matches come by campaign id: a subscriber treated in several campaigns has their task under the oldest.
        Map<String, Long> campaignOf = new HashMap<>();
        for (Match m : matches) {
            if (!held.contains(m.momentId()) && Arm.TREATED.name().equals(arms.get(m.campaignId() + ":" + m.msisdn()))) {
                campaignOf.putIfAbsent(m.msisdn(), m.campaignId());
            }
        }
        return new Held(held.size(), campaignOf);
    }

    /** Adds new members (first matching moment per campaign and subscriber) and returns every matched pair's stored arm. */
    private Map<String, String> enrol(List<Match> matches, LocalDate day) {
        Map<String, Match> first = new LinkedHashMap<>();
        matches.forEach(m -> first.putIfAbsent(m.campaignId() + ":" + m.msisdn(), m));
        if (first.isEmpty()) {
            return Map.of();
        }
        List<NewMember> members = first.values().stream().map(m -> new NewMember(Long.toString(m.campaignId()), m.msisdn(),
                ArmDraw.campaign(m.campaignId(), m.msisdn(), m.controlPercent()).name(), m.momentId(), m.type())).toList();
        queries.insertMembers(members, day);
        Map<String, String> arms = new HashMap<>();
        queries.campaignArms(first.values().stream().map(Match::campaignId).toList(),
                first.values().stream().map(Match::msisdn).toList(), arms::put);
        return arms;
    }

    /** The per-type holdout: enrols the waiting moments' subscribers of types with a share, returns the moments to hold. */
    private List<Long> holdouts(LocalDate day, List<String> only, Set<Long> held) {
        CampaignSettings s = settings.get();
        List<String> types = catalog.types().stream().map(MomentType::code).filter(t -> s.holdout(t) > 0).toList();
        if (types.isEmpty()) {
            return List.of();
        }
        List<Waiting> waiting = queries.waitingOfTypes(day, only, types);
        Map<String, Waiting> first = new LinkedHashMap<>();
        waiting.stream().filter(w -> !held.contains(w.momentId())).forEach(w -> first.putIfAbsent(w.type() + ":" + w.msisdn(), w));
        if (first.isEmpty()) {
            return List.of();
        }
        queries.insertHoldouts(first.values().stream().map(w -> new NewMember(w.type(), w.msisdn(),
                ArmDraw.holdout(w.type(), w.msisdn(), s.holdout(w.type())).name(), w.momentId(), w.type())).toList(), day);
        Map<String, String> arms = new HashMap<>();
        queries.holdoutArms(first.values().stream().map(Waiting::type).toList(),
                first.values().stream().map(Waiting::msisdn).toList(), arms::put);
        List<Long> hold = new ArrayList<>();
        for (Waiting w : waiting) {
            if (!held.contains(w.momentId()) && Arm.CONTROL.name().equals(arms.get(w.type() + ":" + w.msisdn()))) {
                held.add(w.momentId());
                hold.add(w.momentId());
            }
        }
        return hold;
    }
}
