package io.manyi.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import io.manyi.province.Rows;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class MonthForwardTest {

    private static final YearMonth DEC = YearMonth.of(2026, 12);

    private static Rows.Usage usage(long i) {
        return new Rows.Usage(String.valueOf(13800000000L + i), DEC.minusMonths(1), 10_000, 300, 40, 10, 50, 2048,
                800, 60, 2, 40, 8);
    }

    @Test
    void deterministicBySeed() {
        MonthForward a = new MonthForward(1);
        MonthForward b = new MonthForward(1);
        for (int i = 0; i < 200; i++) {
            assertThat(a.advance(DEC, usage(i), null, 0.2, 1)).isEqualTo(b.advance(DEC, usage(i), null, 0.2, 1));
        }
    }

    @Test
    void churnFollowsTheHazardTimesTheMultiplierAndTheEffectOnlySaves() {
        MonthForward forward = new MonthForward(99);
        int n = 50_000;
        int without = 0;
        int with = 0;
        for (int i = 0; i < n; i++) {
            boolean leavesWithout = forward.advance(DEC, usage(i), null, 0.1, 1).leaves();
            MonthForward.Next next = forward.advance(DEC, usage(i), null, 0.1, 0.5);
            assertThat(next.hazardWith()).isEqualTo(0.05);
            assertThat(next.hazardWithout()).isEqualTo(0.1);
            if (next.leaves()) {
                assertThat(leavesWithout).as("with the effect one leaves only if one would have without").isTrue();
                with++;
            }
            if (leavesWithout) {
                without++;
            }
        }
        assertThat(without / (double) n).isCloseTo(0.10, offset(0.005));
        assertThat(with / (double) n).isCloseTo(0.05, offset(0.004));
    }

    @Test
    void aLeaverIsProRatedAndAStayerKeepsAroundLastMonthsUse() {
        MonthForward forward = new MonthForward(5);
        long spendStayers = 0;
        int stayers = 0;
        for (int i = 0; i < 2_000; i++) {
            MonthForward.Next next = forward.advance(DEC, usage(i), null, 0.3, 1);
            assertThat(next.usage().month()).isEqualTo(DEC);
            assertThat(next.payment().month()).isEqualTo(DEC);
            assertThat(next.payment().billedFen()).isEqualTo(next.usage().spendFen());
            assertThat(next.usage().competitorContacts()).isLessThanOrEqualTo(next.usage().distinctContacts());
            if (next.leaves()) {
                assertThat(next.cancelledOn()).isBetween(DEC.atDay(1), DEC.atEndOfMonth());
                assertThat(next.usage().spendFen()).isLessThanOrEqualTo(Math.round(10_000 * 1.5));
            } else {
                spendStayers += next.usage().spendFen();
                stayers++;
            }
        }
        assertThat(spendStayers / (double) stayers).isCloseTo(10_000, offset(150.0));
    }

    @Test
    void debtsAgeWhenUnpaidAndClearWhenPaid() {
        MonthForward forward = new MonthForward(11);
        Rows.Payment behind = new Rows.Payment("13800000001", DEC.minusMonths(1), 10_000, 0, null, 20_000, 30);
        int paid = 0;
        for (int i = 0; i < 1_000; i++) {
            Rows.Payment p = forward.advance(DEC, usage(i), behind, 0, 1).payment();
            if (p.paidOn() != null) {
                paid++;
                assertThat(p.arrearsFen()).isZero();
                assertThat(p.paidFen()).isEqualTo(20_000 + p.billedFen());
            } else {
                assertThat(p.daysOverdue()).isEqualTo(30 + 31);
                assertThat(p.arrearsFen()).isEqualTo(20_000 + p.billedFen());
            }
        }
        assertThat(paid / 1000.0).isCloseTo(0.75, offset(0.05));
    }
}
