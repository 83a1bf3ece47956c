package io.manyi.tier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.manyi.dashboard.Dashboard;
import io.manyi.dashboard.DashboardRollups;
import io.manyi.dashboard.MonthFigures;
import io.manyi.loyalty.PointsCycle;
import io.manyi.platform.security.DemoUsers;
import io.manyi.testing.IntegrationTest;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The VIP cards (issue 14): the tier overview and the dashboard said 0 cards for twelve months while
 * the 360 showed 银卡. Each page's figure against the cards counted here from the rows of
 * {@code vip_cards}, {@code tier_assessments} and {@code tier_runs} by the definition in
 * docs/tiers.md ("The card in force"): with the levels assessed for month M go the cards of the points
 * cycle M + 1 falls in, as reviewed at or before M.
 *
 * <p>{@link TierFixture}: 2024-01 to 2025-01; the only review of cycle 2024 (the opening one in
 * 2024-01) has one month on record, so no card; November 2024's annual review gives the two GoTone
 * subscribers a card for cycle 2025.
 */
@IntegrationTest
@AutoConfigureMockMvc
class VipCardFiguresIntegrationTest {

    private static final List<String> CARDS = List.of("SILVER", "GOLD", "DIAMOND");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoUsers demoUsers;

    @Autowired
    TierAssessment assessment;

    @Autowired
    TierProfiles profiles;

    @Autowired
    DashboardRollups rollups;

    @Autowired
    Dashboard dashboard;

    @BeforeEach
    void province() {
        TierFixture.load(jdbc, demoUsers);
        assessment.runAll();
        for (YearMonth m = YearMonth.of(2024, 9); !m.isAfter(TierFixture.LAST); m = m.plusMonths(1)) {
            rollups.refresh(m);
        }
    }

    /** The card of each subscriber assessed for {@code month}, counted from the source rows by the definition. */
    private Map<String, String> directCards(YearMonth month) {
        int cycle = PointsCycle.of(month.plusMonths(1)).year();
        Map<String, String> cards = new HashMap<>();
        jdbc.sql("select msisdn, cycle_year, card, reviewed_month from vip_cards").query((rs, n) -> {
            boolean assessed = jdbc.sql("select count(*) from tier_assessments where month = ? and msisdn = ?")
                    .params(java.sql.Date.valueOf(month.atDay(1)), rs.getString(1)).query(Long.class).single() > 0;
            if (assessed && rs.getInt(2) == cycle && !YearMonth.from(rs.getDate(4).toLocalDate()).isAfter(month)) {
                cards.put(rs.getString(1), rs.getString(3)); // null: reviewed, no card
            }
            return 0;
        }).list();
        return cards;
    }

    private static long count(Map<String, String> cards, String card) {
        return cards.values().stream().filter(card::equals).count();
    }

    @Test
    void theDashboardCountsTheCardsInForceWithEachMonthsLevels() {
        long months = 0;
        for (YearMonth m = YearMonth.of(2024, 9); !m.isAfter(TierFixture.LAST); m = m.plusMonths(1)) {
            Map<String, String> direct = directCards(m);
            MonthFigures f = dashboard.view(m, null).current();
            assertThat(f.vipReviewed()).as("reviewed in %s", m).isEqualTo(direct.size());
            assertThat(List.of(f.vipSilver(), f.vipGold(), f.vipDiamond())).as("cards in %s", m)
                    .containsExactly(count(direct, "SILVER"), count(direct, "GOLD"), count(direct, "DIAMOND"));
            months++;
        }
        assertThat(months).isEqualTo(5);
        // The months the issue is about: from November's review on, the cards are there, before it none.
        assertThat(dashboard.view(YearMonth.of(2024, 11), null).current().vipSilver()).isPositive();
        assertThat(dashboard.view(YearMonth.of(2024, 10), null).current().vipSilver()).isZero();
    }

    @Test
    void theTierOverviewAndThe360SayTheSameAsTheRows() throws Exception {
        YearMonth latest = TierFixture.LAST;
        Map<String, String> direct = directCards(latest);
        assertThat(count(direct, "SILVER")).as("the fixture gives cards").isPositive();

        String page = mvc.perform(get("/tier").param("lang", "zh").with(user("analyst").roles("ANALYST")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        for (String card : CARDS) {
            Matcher cells = Pattern.compile("data-card=\"" + card + "\">([0-9,]+)</td>").matcher(page);
            long shown = 0;
            int brands = 0;
            while (cells.find()) {
                shown += Long.parseLong(cells.group(1).replace(",", ""));
                brands++;
            }
            assertThat(brands).as("one cell per brand").isPositive();
            assertThat(shown).as("%s on the tier page", card).isEqualTo(count(direct, card));
        }

        for (String msisdn : jdbc.sql("select msisdn from tier_assessments where month = ?")
                .param(java.sql.Date.valueOf(latest.atDay(1))).query(String.class).list()) {
            SubscriberTier tier = profiles.find(msisdn, Locale.CHINESE).orElseThrow();
            assertThat(tier.vipCard()).as("the 360's card of %s", msisdn).isEqualTo(direct.get(msisdn));
        }
    }
}
