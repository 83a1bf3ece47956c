package io.manyi.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import io.manyi.moments.ActionKind;
import io.manyi.moments.Outcome;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CampaignTruthTest {

    private static final YearMonth NOV = YearMonth.of(2026, 11);

    @Test
    void treatedGainMinusControlGainOverTheFollowUpFromJoining() {
        var accepted = List.of(new TrueEffects.Recorded(NOV, Outcome.REACHED_ACCEPTED, ActionKind.RETENTION));
        var careCall = List.of(new TrueEffects.Recorded(NOV, Outcome.REACHED, ActionKind.CARE_CALL));
        Map<String, CampaignTruth.Simulated> truth = Map.of(
                "a", new CampaignTruth.Simulated(0.2, NOV, accepted),
                "b", new CampaignTruth.Simulated(0.2, NOV, List.of()),
                "c", new CampaignTruth.Simulated(0.1, NOV, careCall));
        List<CampaignTruth.Member> members = List.of(
                new CampaignTruth.Member("a", true, NOV),
                new CampaignTruth.Member("b", true, NOV),
                new CampaignTruth.Member("gone-before", true, NOV),
                new CampaignTruth.Member("c", false, NOV));
        CampaignTruth.Truth t = CampaignTruth.of(members, truth, NOV.plusMonths(1));
        double a = 0.9 * 0.9 - 0.8 * 0.8;
        double c = (1 - 0.085) * (1 - 0.085) - 0.9 * 0.9;
        assertThat(t.treated()).isEqualTo(3);
        assertThat(t.control()).isEqualTo(1);
        assertThat(t.treatedGain()).isCloseTo(a / 3, offset(1e-12));
        assertThat(t.controlGain()).isCloseTo(c, offset(1e-12));
        assertThat(t.uplift()).isCloseTo(a / 3 - c, offset(1e-12));
    }

    @Test
    void aMemberWhoJoinedLaterCountsFromTheirJoiningMonth() {
        var accepted = List.of(new TrueEffects.Recorded(NOV, Outcome.REACHED_ACCEPTED, ActionKind.OFFER));
        Map<String, CampaignTruth.Simulated> truth = Map.of("a", new CampaignTruth.Simulated(0.1, NOV, accepted));
        double fromDec = CampaignTruth.of(List.of(new CampaignTruth.Member("a", true, NOV.plusMonths(1))), truth,
                NOV.plusMonths(1)).uplift();
        assertThat(fromDec).isCloseTo(0.94 - 0.9, offset(1e-12));
    }
}
