package io.manyi.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArmDrawTest {

    @Test
    void theSameSubscriberAlwaysDrawsTheSameArm() {
        for (int i = 0; i < 1000; i++) {
            String msisdn = "1390000" + String.format("%04d", i);
            assertThat(ArmDraw.campaign(7, msisdn, 10)).isEqualTo(ArmDraw.campaign(7, msisdn, 10));
        }
    }

    @Test
    void aboutTheControlShareIsHeldBackAndCampaignsDrawIndependently() {
        int n = 20_000, control = 0, both = 0;
        for (int i = 0; i < n; i++) {
            String msisdn = "138" + String.format("%08d", i * 7919L % 100_000_000);
            boolean inFirst = ArmDraw.campaign(1, msisdn, 10) == Arm.CONTROL;
            boolean inSecond = ArmDraw.campaign(2, msisdn, 10) == Arm.CONTROL;
            control += inFirst ? 1 : 0;
            both += inFirst && inSecond ? 1 : 0;
        }
        // Binomial(20000, 0.1): sd 42; 5 sd either side.
        assertThat(control).isBetween(2000 - 212, 2000 + 212);
        // Independent draws: about 1 % in both (sd 14).
        assertThat(both).isBetween(200 - 70, 200 + 70);
    }

    @Test
    void zeroHoldsNobodyAndTheHoldoutIsADifferentDraw() {
        int differ = 0;
        for (int i = 0; i < 2000; i++) {
            String msisdn = "137" + String.format("%08d", i);
            assertThat(ArmDraw.holdout("BIRTHDAY", msisdn, 0)).isEqualTo(Arm.TREATED);
            differ += (ArmDraw.holdout("BIRTHDAY", msisdn, 50) != ArmDraw.holdout("SPEND_DROP", msisdn, 50)) ? 1 : 0;
        }
        assertThat(differ).isBetween(800, 1200);
        assertThat(ArmDraw.unit("x")).isBetween(0.0, 1.0).isEqualTo(ArmDraw.unit("x"));
    }
}
