package io.manyi.province;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MsisdnPoolTest {

    private static final Set<String> CHINA_MOBILE = Set.of("134", "135", "136", "137", "138", "139", "147", "150",
            "151", "152", "157", "158", "159", "178", "182", "183", "184", "187", "188", "198");

    @Test
    void numbersAreUniqueElevenDigitChinaMobileNumbersEvenWithPremiumOnesMixedIn() {
        MsisdnPool pool = new MsisdnPool(7);
        SplittableRandom rng = new SplittableRandom(7);
        Set<String> seen = new HashSet<>();
        int premium = 0;
        for (int i = 0; i < 300_000; i++) {
            LocalDate activated = LocalDate.of(2000 + rng.nextInt(26), 1 + rng.nextInt(12), 1);
            boolean wantPremium = rng.nextInt(10) == 0;
            String number = wantPremium ? pool.premium(rng, activated) : pool.normal(rng, activated);
            premium += wantPremium ? 1 : 0;

            assertThat(number).matches("1\\d{10}");
            assertThat(CHINA_MOBILE).contains(number.substring(0, 3));
            assertThat(seen.add(number)).as("duplicate %s", number).isTrue();
        }
        assertThat(premium).isGreaterThan(25_000);
    }

    @Test
    void oldNumbersStartWith13() {
        MsisdnPool pool = new MsisdnPool(7);
        SplittableRandom rng = new SplittableRandom(3);
        for (int i = 0; i < 1_000; i++) {
            assertThat(pool.normal(rng, LocalDate.of(2003, 5, 1))).startsWith("13");
        }
    }
}
