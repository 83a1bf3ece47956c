package io.manyi.hotline;

import static org.assertj.core.api.Assertions.assertThat;

import io.manyi.tier.LevelPrivileges;
import io.manyi.tier.Privileges;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class HotlineRoutingTest {

    private static final Privileges DEFAULTS = Privileges.defaults();
    private static final HotlineRules RULES = HotlineRules.defaults();

    private static Caller caller(Integer stars, String manager) {
        return new Caller(true, true, "张小明", "M", stars, manager, manager == null ? null : "王芳",
                manager == null ? null : "PHONE_MANAGER");
    }

    @Test
    void unknownAndCancelledNumbersGoToTheNormalQueue() {
        assertThat(HotlineRouting.route(Caller.unknown(), DEFAULTS, RULES).queue()).isEqualTo(HotlineQueue.NORMAL);
        Caller cancelled = new Caller(true, false, "张小明", "M", 5, "pm01", "王芳", "PHONE_MANAGER");
        HotlineRouting.Decision decision = HotlineRouting.route(cancelled, DEFAULTS, RULES);
        assertThat(decision.queue()).isEqualTo(HotlineQueue.NORMAL);
        assertThat(decision.reasons()).containsExactly("not-in-service");
    }

    @Test
    void theDefaultPrivilegesGiveTheFastLaneFromThreeStarsAndTheManagerFromFour() {
        assertThat(HotlineRouting.route(caller(2, null), DEFAULTS, RULES).queue()).isEqualTo(HotlineQueue.NORMAL);
        assertThat(HotlineRouting.route(caller(3, null), DEFAULTS, RULES).queue()).isEqualTo(HotlineQueue.VIP_FAST_LANE);
        assertThat(HotlineRouting.route(caller(3, "pm01"), DEFAULTS, RULES).queue()).isEqualTo(HotlineQueue.VIP_FAST_LANE);
        HotlineRouting.Decision four = HotlineRouting.route(caller(4, "pm01"), DEFAULTS, RULES);
        assertThat(four.queue()).isEqualTo(HotlineQueue.MANAGER_LINE);
        assertThat(four.reasons()).containsExactly("stars-4", "manager-pm01");
        assertThat(HotlineRouting.route(caller(5, null), DEFAULTS, RULES).queue()).isEqualTo(HotlineQueue.VIP_FAST_LANE);
    }

    @Test
    void anAssignedManagerTakesTheCallAtAnyLevelWhenTheRulesSaySo() {
        HotlineRules anyManager = new HotlineRules(false, 5);
        assertThat(HotlineRouting.route(caller(1, "pm01"), DEFAULTS, anyManager).queue()).isEqualTo(HotlineQueue.MANAGER_LINE);
        assertThat(HotlineRouting.route(caller(null, "pm01"), DEFAULTS, anyManager).queue()).isEqualTo(HotlineQueue.MANAGER_LINE);
        assertThat(HotlineRouting.route(caller(null, null), DEFAULTS, anyManager).reasons()).containsExactly("not-assessed");
    }

    @Test
    void theOperatorsPrivilegesDecideNotAFixedLevel() {
        Privileges generous = new Privileges(List.of(
                new LevelPrivileges(1, BigDecimal.ZERO, 0, true, false, false, 0, 0)));
        assertThat(HotlineRouting.route(caller(1, null), generous, RULES).queue()).isEqualTo(HotlineQueue.VIP_FAST_LANE);
        assertThat(HotlineRouting.route(caller(5, "pm01"), generous, RULES).queue()).isEqualTo(HotlineQueue.NORMAL);
    }

    @Test
    void greetingKeepsOnlyTheSurnameAndTitle() {
        assertThat(Greeting.zh("张小明", "M")).isEqualTo("张先生");
        assertThat(Greeting.zh("李四海", "F")).isEqualTo("李女士");
        assertThat(Greeting.zh("欧阳娜娜", "F")).isEqualTo("欧阳女士");
        assertThat(Greeting.zh("欧阳", "M")).isEqualTo("欧先生"); // two characters: surname 欧, given name 阳
        assertThat(Greeting.en("司徒明", "M")).isEqualTo("Mr 司徒");
        assertThat(Greeting.en("Wei Li", "F")).isEqualTo("Ms Li");
        assertThat(Greeting.zh(null, "M")).isNull();
        assertThat(Greeting.zh("  ", "F")).isNull();
    }

    @Test
    void rulesRefuseAnAbsurdListLength() {
        assertThat(new HotlineRules(true, 51).problems()).hasSize(1);
        assertThat(HotlineRules.defaults().problems()).isEmpty();
    }
}
