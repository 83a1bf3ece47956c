package io.manyi.tier;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PrivilegesTest {

    private final Privileges privileges = Privileges.defaults();

    @Test
    void creditLinesByDefault() {
        assertThat(privileges.of(5).creditLineYuan()).isEqualByComparingTo("200");
        assertThat(privileges.of(4).creditLineYuan()).isEqualByComparingTo("100");
        assertThat(privileges.of(3).creditLineYuan()).isEqualByComparingTo("50");
        assertThat(privileges.of(2).creditLineYuan()).isEqualByComparingTo("0");
        assertThat(privileges.problems()).isEmpty();
    }

    @Test
    void creditCheckAllowsUpToTheLineInclusive() {
        CreditDecision within = CreditCheck.check(5, new BigDecimal("-120.5"), privileges);
        assertThat(within.allowed()).isTrue();
        assertThat(within.limitYuan()).isEqualByComparingTo("200");
        assertThat(within.reason(Locale.ENGLISH)).isEqualTo(
                "balance -120.5 yuan is within the 200-yuan credit line of a five-star customer");
        assertThat(within.reason(Locale.CHINESE)).isEqualTo("余额-120.5元，在五星客户200元信用额度内");

        assertThat(CreditCheck.check(5, new BigDecimal("-200.00"), privileges).allowed()).isTrue();
        assertThat(CreditCheck.check(5, new BigDecimal("-200.01"), privileges).allowed()).isFalse();
        assertThat(CreditCheck.check(3, new BigDecimal("-50.01"), privileges).allowed()).isFalse();
        assertThat(CreditCheck.check(3, new BigDecimal("-49.99"), privileges).allowed()).isTrue();
    }

    @Test
    void noCreditLineMeansNoNegativeBalance() {
        CreditDecision none = CreditCheck.check(1, new BigDecimal("-0.01"), privileges);
        assertThat(none.allowed()).isFalse();
        assertThat(none.limitYuan()).isEqualByComparingTo("0");
        assertThat(none.reason(Locale.ENGLISH)).contains("no credit line");
        assertThat(CreditCheck.check(0, BigDecimal.ZERO, privileges).allowed()).isTrue();
    }

    @Test
    void levelChangeNoticeNamesTheCreditLine() {
        StarNotice up = StarNotice.of(4, 5, privileges.of(5));
        assertThat(up.zh()).startsWith("您已成为五星客户，享有200元信用额度");
        assertThat(up.en()).startsWith("You are now a five-star customer with a 200-yuan credit line");
        StarNotice down = StarNotice.of(4, 2, privileges.of(2));
        assertThat(down.zh()).isEqualTo("您的客户星级已调整为二星。");
    }

    @Test
    void aLevelLeftOutHasNothing() {
        Privileges partial = new Privileges(java.util.List.of(privileges.of(5)));
        assertThat(partial.of(4).creditLineYuan()).isEqualByComparingTo("0");
        assertThat(partial.of(4).hotlineFastLane()).isFalse();
    }
}
