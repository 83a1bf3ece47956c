package io.manyi.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.manyi.moments.ActionKind;
import io.manyi.moments.Outcome;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrueEffectsTest {

    private static final YearMonth NOV = YearMonth.of(2026, 11);

    @Test
    void noConversationNoEffect() {
        for (ActionKind kind : ActionKind.values()) {
            assertThat(TrueEffects.of(Outcome.NOT_REACHED, kind)).isEqualTo(TrueEffects.Effect.NONE);
            assertThat(TrueEffects.of(Outcome.WRONG_NUMBER, kind)).isEqualTo(TrueEffects.Effect.NONE);
            assertThat(TrueEffects.of(Outcome.CALL_BACK_LATER, kind)).isEqualTo(TrueEffects.Effect.NONE);
        }
    }

    @Test
    void acceptedActsMoreAndLongerThanAConversationWhichActsAtLeastAsMuchAsARefusal() {
        for (ActionKind kind : ActionKind.values()) {
            TrueEffects.Effect accepted = TrueEffects.of(Outcome.REACHED_ACCEPTED, kind);
            TrueEffects.Effect reached = TrueEffects.of(Outcome.REACHED, kind);
            TrueEffects.Effect refused = TrueEffects.of(Outcome.REACHED_REFUSED, kind);
            assertThat(accepted.multiplier()).as(kind.name()).isLessThanOrEqualTo(reached.multiplier());
            assertThat(reached.multiplier()).as(kind.name()).isLessThanOrEqualTo(refused.multiplier());
            assertThat(accepted.months()).isGreaterThan(reached.months());
            assertThat(accepted.multiplier()).isBetween(0.5, 0.8);
        }
        assertThat(TrueEffects.of(Outcome.REACHED_ACCEPTED, ActionKind.RETENTION)).isEqualTo(new TrueEffects.Effect(0.5, 3));
    }

    @Test
    void anEffectRunsFromTheCallsMonthForItsMonths() {
        List<TrueEffects.Recorded> one = List.of(new TrueEffects.Recorded(NOV, Outcome.REACHED_ACCEPTED, ActionKind.RETENTION));
        assertThat(TrueEffects.multiplierIn(NOV.minusMonths(1), one)).isEqualTo(1.0);
        assertThat(TrueEffects.multiplierIn(NOV, one)).isEqualTo(0.5);
        assertThat(TrueEffects.multiplierIn(NOV.plusMonths(2), one)).isEqualTo(0.5);
        assertThat(TrueEffects.multiplierIn(NOV.plusMonths(3), one)).isEqualTo(1.0);
    }

    @Test
    void overlappingEffectsDoNotCompound() {
        List<TrueEffects.Recorded> two = List.of(
                new TrueEffects.Recorded(NOV, Outcome.REACHED, ActionKind.CARE_CALL),
                new TrueEffects.Recorded(NOV.plusMonths(1), Outcome.REACHED_ACCEPTED, ActionKind.OFFER));
        assertThat(TrueEffects.multiplierIn(NOV, two)).isEqualTo(0.85);
        assertThat(TrueEffects.multiplierIn(NOV.plusMonths(1), two)).isEqualTo(0.6);
        assertThat(TrueEffects.multiplierIn(NOV.plusMonths(3), two)).isEqualTo(0.6);
        assertThat(TrueEffects.multiplierIn(NOV.plusMonths(4), two)).isEqualTo(1.0);
    }

    @Test
    void anEffectNeverRaisesTheHazard() {
        assertThatThrownBy(() -> new TrueEffects.Effect(1.2, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void trueEffectIsTheRetentionGainOverTheFollowUp() {
        List<TrueEffects.Recorded> accepted = List.of(new TrueEffects.Recorded(NOV, Outcome.REACHED_ACCEPTED, ActionKind.RETENTION));
        double h = 0.1;
        double gain = TrueEffect.retentionGain(h, accepted, NOV, NOV.plusMonths(3));
        double expected = Math.pow(1 - 0.05, 3) * (1 - h) - Math.pow(1 - h, 4);
        assertThat(gain).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(TrueEffect.retentionGain(h, List.of(), NOV, NOV.plusMonths(3))).isZero();
        assertThat(TrueEffect.retentionGain(h, List.of(new TrueEffects.Recorded(NOV, Outcome.NOT_REACHED, ActionKind.OFFER)),
                NOV, NOV.plusMonths(3))).isZero();
    }
}
