package io.manyi.tier;

import static io.manyi.tier.TierFixture.DEFAULTER;
import static io.manyi.tier.TierFixture.LAST;
import static io.manyi.tier.TierFixture.NEWCOMER;
import static io.manyi.tier.TierFixture.STEADY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.manyi.platform.security.DemoUsers;
import io.manyi.testing.IntegrationTest;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class TierAssessmentIntegrationTest {

    @Autowired
    TierAssessment assessment;

    @Autowired
    TierProfiles profiles;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoUsers demoUsers;

    @BeforeEach
    void province() {
        TierFixture.load(jdbc, demoUsers);
    }

    @Test
    void assessesEveryMonthInOrderWithTheExpectedLevelsAndReasons() {
        List<TierRunResult> results = assessment.runAll();

        assertThat(results).extracting(TierRunResult::month).first().isEqualTo(TierFixture.FIRST);
        assertThat(results).extracting(TierRunResult::month).last().isEqualTo(LAST);
        assertThat(results).hasSize(13).allMatch(r -> !r.alreadyDone() && r.subscribers() == 6);
        assertThat(stars(LAST)).containsEntry(STEADY, 5).containsEntry(NEWCOMER, 1).containsEntry(DEFAULTER, 0);

        SubscriberTier steady = profiles.find(STEADY, Locale.ENGLISH).orElseThrow();
        assertThat(steady.reasons()).contains("tenure 11 years: +20", "average spend 200 yuan over 12 months: +40",
                "spend varies 0% month to month: +10", "score 70: 5-star standard");
        assertThat(steady.creditLimitYuan()).isEqualByComparingTo("200");
        assertThat(steady.history()).hasSize(12);
        SubscriberTier zh = profiles.find(DEFAULTER, Locale.SIMPLIFIED_CHINESE).orElseThrow();
        assertThat(zh.reasons()).contains("2024-10欠费300元：-8", "2024-10账单逾期90天：-15");
    }

    @Test
    void downgradesOnlyInTheThirdMonthBelowWithAnSmsAndAnEvent() {
        assessEachMonthAsItComes();

        assertThat(starsOf(DEFAULTER, "2024-09")).isEqualTo(5);
        assertThat(starsOf(DEFAULTER, "2024-10")).isEqualTo(5);
        assertThat(starsOf(DEFAULTER, "2024-11")).isEqualTo(5);
        assertThat(starsOf(DEFAULTER, "2024-12")).isZero();
        assertThat(jdbc.sql("select months_below from tier_assessments where msisdn = ? and month = '2024-11-01'")
                .param(DEFAULTER).query(Integer.class).single()).isEqualTo(2);

        List<String> sms = jdbc.sql("select dedup_key from sms_outbox where msisdn = ? order by id").param(DEFAULTER)
                .query(String.class).list();
        assertThat(sms).contains("star-change:2024-12:" + DEFAULTER).doesNotContain("star-change:2024-10:" + DEFAULTER);
        Map<String, Object> event = jdbc.sql("""
                        select type, business_month::text as month, payload::text as payload from domain_events
                        where subject = ? and business_month = '2024-12-01'
                        """).param(DEFAULTER).query().singleRow();
        assertThat(event.get("type")).isEqualTo("StarLevelChanged");
        assertThat((String) event.get("payload")).contains("\"from\": 5", "\"to\": 0", "ARREARS:-8");
        String body = jdbc.sql("select body_zh from sms_outbox where dedup_key = ?")
                .param("star-change:2024-12:" + DEFAULTER).query(String.class).single();
        assertThat(body).contains("零星");
    }

    @Test
    void anUpgradeSendsTheCreditLineNotice() {
        assessEachMonthAsItComes();
        // STEADY has one month of spend in 2024-01 (no stability points yet: four stars), five from 2024-03.
        assertThat(starsOf(STEADY, "2024-01")).isEqualTo(4);
        String zh = jdbc.sql("select body_zh from sms_outbox where dedup_key = ?")
                .param("star-change:2024-03:" + STEADY).query(String.class).single();
        assertThat(zh).startsWith("您已成为五星客户，享有200元信用额度");
    }

    @Test
    void rerunningChangesAndSendsNothing() {
        assessEachMonthAsItComes();
        List<Long> before = counts();

        TierRunResult again = assessment.run(LAST);
        assessment.runAll();

        assertThat(again.alreadyDone()).isTrue();
        assertThat(counts()).isEqualTo(before);
        assertThat(before.get(1)).isPositive();
    }

    @Test
    void aCatchUpOfHistoryNotifiesOnlyTheLatestMonth() {
        List<TierRunResult> results = assessment.runAll();

        assertThat(results).filteredOn(TierRunResult::notified).extracting(TierRunResult::month).containsExactly(LAST);
        // The history still changed levels (the defaulter fell in 2024-12): recorded, not announced.
        assertThat(starsOf(DEFAULTER, "2024-11")).isEqualTo(5);
        assertThat(starsOf(DEFAULTER, "2024-12")).isZero();
        assertThat(results.stream().filter(r -> !r.notified()).mapToLong(TierRunResult::changes).sum()).isPositive();
        assertThat(jdbc.sql("select count(*) from sms_outbox where template = 'tier.star-changed' and dedup_key not like ?")
                .param("star-change:" + LAST + ":%").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from domain_events where type = 'StarLevelChanged' and business_month <> ?")
                .param(java.sql.Date.valueOf(LAST.atDay(1))).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from tier_runs where not notified").query(Long.class).single()).isEqualTo(12);

        // The months after go-live, assessed one by one by the monthly job, notify as usual.
        jdbc.sql("""
                insert into usage_monthly
                select msisdn, (month + interval '1 month')::date, spend, 100, 10, 0, 10, 1000, 0, 0, 0, 20, 0
                from usage_monthly where month = ?
                """).param(java.sql.Date.valueOf(LAST.atDay(1))).update();
        TierRunResult next = assessment.run(LAST.plusMonths(1));
        assertThat(next.notified()).isTrue();
        assertThat(jdbc.sql("select notified from tier_runs where month = ?")
                .param(java.sql.Date.valueOf(LAST.plusMonths(1).atDay(1))).query(Boolean.class).single()).isTrue();
    }

    /** Each month assessed on its own, as the monthly job does once live: every change is notified. */
    private void assessEachMonthAsItComes() {
        for (YearMonth month = TierFixture.FIRST; !month.isAfter(LAST); month = month.plusMonths(1)) {
            assertThat(assessment.run(month).notified()).isTrue();
        }
    }

    @Test
    void aRunThatDiesLeavesNothingAndRunsAgainFromTheStart() {
        assessment.run(YearMonth.of(2024, 11));
        List<Long> before = counts();
        // Dies after the COPY of all assessments, before cards, segments and notices.
        assertThatThrownBy(() -> assessment.run(YearMonth.of(2024, 12), done -> {
            throw new IllegalStateException("killed");
        })).hasMessage("killed");
        assertThat(counts()).isEqualTo(before);

        TierRunResult result = assessment.run(YearMonth.of(2024, 12));
        assertThat(result.alreadyDone()).isFalse();
        assertThat(result.subscribers()).isEqualTo(6);
        assertThat(counts().getFirst()).isEqualTo(before.getFirst() + 6);
    }

    @Test
    void anEarlierMonthIsRefusedOnceALaterOneIsAssessed() {
        assessment.run(LAST);
        assertThatThrownBy(() -> assessment.run(YearMonth.of(2024, 6))).isInstanceOf(TierRunRefused.class)
                .hasMessageContaining("in order");
    }

    @Test
    void vipCardsAndValueSegments() {
        assessment.runAll();
        // November's annual review gives cycle 2025 (Dec 2024 - Nov 2025) from 11 months of 200 yuan: 2,200 points
        // pro-rated to 2,400, silver. An opening review for cycle 2024 was made in the first month.
        assertThat(jdbc.sql("select card from vip_cards where msisdn = ? and cycle_year = 2025").param(STEADY)
                .query(String.class).single()).isEqualTo("SILVER");
        assertThat(jdbc.sql("select review from vip_cards where msisdn = ? and cycle_year = 2024").param(STEADY)
                .query(String.class).single()).isEqualTo("OPENING");
        assertThat(profiles.find(STEADY, Locale.ENGLISH).orElseThrow().vipCard()).isEqualTo("SILVER");
        assertThat(profiles.find(NEWCOMER, Locale.ENGLISH).orElseThrow().vipCard()).isNull(); // EasyOwn holds no card
        assertThat(jdbc.sql("select segment from value_segments where msisdn = ? and month = '2025-01-01'")
                .param(STEADY).query(String.class).single()).isEqualTo("HIGH");
        assertThat(jdbc.sql("select count(*) from value_segments where month = '2025-01-01'").query(Long.class).single())
                .isEqualTo(6);
    }

    @Test
    void afterNovembersAssessmentTheCardShownIsTheOneItSetForTheCycleDecemberOpens() {
        for (YearMonth month = TierFixture.FIRST; !month.isAfter(YearMonth.of(2024, 11)); month = month.plusMonths(1)) {
            assessment.run(month);
        }
        // Cycle 2024's opening review (one month on record) gave no card; November's review gives cycle 2025 silver.
        assertThat(jdbc.sql("select count(*) from vip_cards where msisdn = ? and cycle_year = 2024 and card is null")
                .param(STEADY).query(Long.class).single()).isOne();
        SubscriberTier tier = profiles.find(STEADY, Locale.ENGLISH).orElseThrow();
        assertThat(tier.vipCard()).isEqualTo("SILVER");
        assertThat(tier.vipCycle()).isEqualTo(2025);
    }

    private Map<String, Integer> stars(YearMonth month) {
        Map<String, Integer> stars = new java.util.HashMap<>();
        jdbc.sql("select msisdn, stars from tier_assessments where month = ?")
                .param(java.sql.Date.valueOf(month.atDay(1)))
                .query((rs, n) -> stars.put(rs.getString(1), rs.getInt(2))).list();
        return stars;
    }

    private int starsOf(String msisdn, String month) {
        return jdbc.sql("select stars from tier_assessments where msisdn = ? and month = cast(? as date)")
                .params(msisdn, month + "-01").query(Integer.class).single();
    }

    private List<Long> counts() {
        return List.of("tier_assessments", "sms_outbox", "domain_events", "vip_cards", "value_segments", "tier_runs")
                .stream().map(t -> jdbc.sql("select count(*) from " + t).query(Long.class).single()).toList();
    }
}
