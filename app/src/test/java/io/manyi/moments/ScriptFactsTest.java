package io.manyi.moments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ScriptFactsTest {

    @Test
    void aFactTwoMomentsNameIsSaidOnce() {
        assertThat(ScriptFacts.joined(Arrays.asList("the contract ends on 2027-01-05", "contract ends on 2027-01-05"), "; "))
                .isEqualTo("the contract ends on 2027-01-05");
        assertThat(ScriptFacts.joined(Arrays.asList("合约于2027-01-05到期", "合约于 2027-01-05 到期。"), "；"))
                .isEqualTo("合约于2027-01-05到期");
    }

    @Test
    void theFullerSayingReplacesTheShorterAndDifferentFactsAllStay() {
        assertThat(ScriptFacts.joined(Arrays.asList("spend fell", "stars went from 4 to 3", "spend fell 45% over 3 months"), "; "))
                .isEqualTo("stars went from 4 to 3; spend fell 45% over 3 months");
        assertThat(ScriptFacts.joined(Arrays.asList(null, " ", "birthday on 12-09"), "; ")).isEqualTo("birthday on 12-09");
    }
}
