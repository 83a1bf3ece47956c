package io.manyi.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import io.manyi.moments.ActionKind;
import io.manyi.moments.Outcome;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StaffCallsTest {

    @Test
    void theSameSeedAndTaskGiveTheSameCallAnotherSeedAnotherSequence() {
        StaffCalls a = new StaffCalls(CallOdds.standard(), 7);
        StaffCalls b = new StaffCalls(CallOdds.standard(), 7);
        StaffCalls c = new StaffCalls(CallOdds.standard(), 8);
        int differ = 0;
        for (long id = 1; id <= 500; id++) {
            assertThat(a.call(id, ActionKind.OFFER)).isEqualTo(b.call(id, ActionKind.OFFER));
            if (!a.call(id, ActionKind.OFFER).equals(c.call(id, ActionKind.OFFER))) {
                differ++;
            }
        }
        assertThat(differ).isGreaterThan(100);
    }

    @Test
    void outcomesFollowTheDocumentedOdds() {
        CallOdds odds = CallOdds.standard();
        StaffCalls calls = new StaffCalls(odds, 42);
        int n = 40_000;
        Map<Outcome, Integer> first = new EnumMap<>(Outcome.class);
        Map<Outcome, Integer> last = new EnumMap<>(Outcome.class);
        for (long id = 0; id < n; id++) {
            StaffCalls.Call call = calls.call(id, ActionKind.RETENTION);
            first.merge(call.first(), 1, Integer::sum);
            last.merge(call.last(), 1, Integer::sum);
            assertThat(call.second() == null).isEqualTo(call.first() != Outcome.CALL_BACK_LATER);
            assertThat(call.last()).isNotEqualTo(Outcome.CALL_BACK_LATER);
        }
        assertThat(first.get(Outcome.CALL_BACK_LATER) / (double) n).isCloseTo(0.12, offset(0.01));
        assertThat(first.get(Outcome.WRONG_NUMBER) / (double) n).isCloseTo(0.02, offset(0.005));
        double reached = odds.reach() + odds.callBackLater() * odds.reachOnCallBack();
        assertThat(last.get(Outcome.REACHED_ACCEPTED) / (double) n).isCloseTo(reached * 0.35, offset(0.01));
        assertThat(last.getOrDefault(Outcome.REACHED, 0)).as("an offer is accepted or refused").isZero();
    }

    @Test
    void careCallsAreMostlyPlainConversations() {
        StaffCalls calls = new StaffCalls(CallOdds.standard(), 3);
        int reached = 0;
        for (long id = 0; id < 5_000; id++) {
            if (calls.call(id, ActionKind.CARE_CALL).last() == Outcome.REACHED) {
                reached++;
            }
        }
        assertThat(reached / 5_000.0).isCloseTo((0.62 + 0.12 * 0.7) * 0.75, offset(0.03));
    }
}
