package io.manyi.dashboard;

import static io.manyi.subscriber.SubscriberFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.manyi.platform.export.XlsxReader;
import io.manyi.platform.security.DemoUsers;
import io.manyi.testing.IntegrationTest;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Each KPI against {@link DashboardFixture}'s hand-made province; the JSON contract; the Excel export; who may see it. */
@IntegrationTest
@AutoConfigureMockMvc
@Import(DashboardIntegrationTest.Campaigns.class)
class DashboardIntegrationTest {

    /** Stands in for the campaigns feature behind the seam: answers what a test puts in {@link #answer}. */
    @TestConfiguration
    static class Campaigns {
        static final List<CampaignUplift> answer = new ArrayList<>();

        @Bean
        @Primary
        CampaignUplifts testCampaignUplifts() {
            return (month, city) -> List.copyOf(answer);
        }
    }

    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoUsers demoUsers;

    @Autowired
    DashboardRollups rollups;

    @Autowired
    Dashboard dashboard;

    @BeforeEach
    void province() {
        DashboardFixture.load(jdbc, demoUsers);
        Campaigns.answer.clear();
        rollups.refresh(OCTOBER.minusMonths(1));
        rollups.refresh(OCTOBER);
    }

    @Test
    void eachKpiOfTheProvinceAddsUpByHand() {
        DashboardView v = dashboard.view(OCTOBER, null);
        MonthFigures f = v.current();
        assertThat(f.subscribers()).isEqualTo(9);
        // base G1 G2 G3 G5 S1 S4, G5 and S4 left
        assertThat(f.midHighBase()).isEqualTo(6);
        assertThat(f.midHighChurned()).isEqualTo(2);
        assertThat(f.churnRate()).isEqualByComparingTo("0.3333");
        assertThat(f.retentionRate()).isEqualByComparingTo("0.6667");
        assertThat(f.stars()).containsExactly(1L, 1L, 3L, 2L, 1L, 1L);
        assertThat(f.assessed()).isEqualTo(9);
        assertThat(f.threeStarsOrMoreShare()).isEqualByComparingTo("0.4444");
        assertThat(List.of(f.vipReviewed(), f.vipSilver(), f.vipGold(), f.vipDiamond())).containsExactly(3L, 0L, 1L, 1L);
        assertThat(f.vipCardShare()).isEqualByComparingTo("0.6667");
        assertThat(f.pointsOutstanding()).isEqualTo(1200);
        assertThat(f.pointsValueYuan()).isEqualByComparingTo("24.00");
        assertThat(List.of(f.tasksDue(), f.tasksDone(), f.tasksAccepted(), f.tasksFailed(), f.tasksExpired()))
                .containsExactly(5L, 2L, 1L, 1L, 1L);
        assertThat(f.completionRate()).isEqualByComparingTo("0.4");
        assertThat(f.conversionRate()).isEqualByComparingTo("0.5");
        assertThat(f.tickets()).isEqualTo(3);
        // 百万客户申诉率: the one regulator appeal of the three tickets, per million of the nine subscribers
        assertThat(f.appeals()).isEqualTo(1);
        assertThat(f.complaintsPerMillion()).isEqualByComparingTo("111111.1");
        assertThat(f.slaCounted()).isEqualTo(2);
        assertThat(f.slaCompliance()).isEqualByComparingTo("0.5");
        assertThat(f.surveysSent()).isEqualTo(3);
        assertThat(f.averageScore()).isEqualByComparingTo("7.00");
        assertThat(f.dimensionScores()).containsOnlyKeys("FEES", "NETWORK");
        assertThat(f.dimensionScores().get("NETWORK")).isEqualByComparingTo("6.00");
        assertThat(f.dimensionAnswers()).containsEntry("NETWORK", 2L).containsEntry("FEES", 1L);

        // September, and the month-on-month change
        MonthFigures p = v.previous();
        assertThat(p.churnRate()).as("no August assessment: no base").isNull();
        assertThat(p.vipReviewed()).as("G6 still there in September").isEqualTo(4);
        assertThat(p.pointsOutstanding()).isEqualTo(1000);
        assertThat(p.completionRate()).isEqualByComparingTo("1");
        assertThat(p.tickets()).isZero();
        assertThat(v.change().get("pointsOutstanding")).isEqualByComparingTo("200");
        assertThat(v.change().get("pointsValueYuan")).isEqualByComparingTo("4.00");
        assertThat(v.change().get("completionRate")).isEqualByComparingTo("-0.6");
        assertThat(v.change().get("vipCardShare")).isEqualByComparingTo("-0.0833");
        assertThat(v.change().get("churnRate")).isNull();

        assertThat(v.trend()).hasSize(12);
        assertThat(v.trend().getFirst().month()).isEqualTo(YearMonth.of(2025, 11));
        assertThat(v.trend().getLast()).isEqualTo(f);
        assertThat(v.cities()).containsExactly("广州", "深圳");
    }

    @Test
    void theCitiesAddUpToTheProvince() {
        MonthFigures gz = dashboard.view(OCTOBER, "广州").current();
        MonthFigures sz = dashboard.view(OCTOBER, "深圳").current();
        assertThat(gz.subscribers()).isEqualTo(5);
        assertThat(gz.churnRate()).isEqualByComparingTo("0.25");
        assertThat(sz.churnRate()).isEqualByComparingTo("0.5");
        assertThat(gz.complaintsPerMillion()).isEqualByComparingTo("200000.0");
        assertThat(sz.complaintsPerMillion()).isEqualByComparingTo("0.0");
        assertThat(gz.pointsOutstanding() + sz.pointsOutstanding()).isEqualTo(1200);
        assertThat(gz.tasksDue() + sz.tasksDue()).isEqualTo(5);
        assertThat(gz.completionRate()).isEqualByComparingTo("0.6667");
        assertThat(gz.surveysAnswered() + sz.surveysAnswered()).isEqualTo(2);
    }

    @Test
    void aRefreshCanRunAgainAndFollowsTheFacts() {
        long rows = jdbc.sql("select count(*) from dashboard_monthly").query(Long.class).single();
        assertThat(rollups.refresh(OCTOBER).cities()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from dashboard_monthly").query(Long.class).single()).isEqualTo(rows);
        assertThat(dashboard.view(OCTOBER, null).current().tickets()).isEqualTo(3);
        jdbc.sql("""
                insert into tickets (msisdn, channel, category, severity, status, description, opened_at, status_changed_at, last_update,
                                     sla_minutes, created_by)
                values ('13800000004', 'HOTLINE', 'NETWORK', 'LOW', 'OPEN', 'd', '2026-10-20 10:00+08', now(), now(), 1440, 't')
                """).update();
        assertThat(dashboard.view(OCTOBER, null).current().tickets()).as("the page reads the rollup only").isEqualTo(3);
        rollups.refresh(OCTOBER);
        assertThat(dashboard.view(OCTOBER, null).current().tickets()).isEqualTo(4);
        assertThat(rollups.refreshAll()).extracting(DashboardRollups.Refreshed::month).containsExactly(OCTOBER.minusMonths(1), OCTOBER);
    }

    @Test
    void theJsonContract() throws Exception {
        mvc.perform(get("/api/v1/dashboard").param("month", "2026-10").param("city", "深圳").with(httpBasic("analyst", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(header().string("Server-Timing", startsWith("dashboard;desc=\"rollup read\";dur=")))
                .andExpect(jsonPath("$.month").value("2026-10"))
                .andExpect(jsonPath("$.city").value("深圳"))
                .andExpect(jsonPath("$.rolledUp").value(true))
                .andExpect(jsonPath("$.cities[0]").value("广州"))
                .andExpect(jsonPath("$.current.midHighBase").value(2))
                .andExpect(jsonPath("$.current.churnRate").value(0.5))
                .andExpect(jsonPath("$.current.stars.length()").value(6))
                .andExpect(jsonPath("$.current.pointsOutstanding").value(500))
                .andExpect(jsonPath("$.current.dimensionScores.NETWORK").value(4.0))
                .andExpect(jsonPath("$.previous.month").value("2026-09"))
                .andExpect(jsonPath("$.change.pointsOutstanding").value(500))
                .andExpect(jsonPath("$.trend.length()").value(12))
                .andExpect(jsonPath("$.trend[11].month").value("2026-10"))
                .andExpect(jsonPath("$.campaigns.length()").value(0));
        // the default month: the latest complete month rolled up (October when this runs in November 2026 or later)
        mvc.perform(get("/api/v1/dashboard").with(httpBasic("admin", PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.city").doesNotExist());
        mvc.perform(get("/api/v1/dashboard").param("month", "October").with(httpBasic("admin", PASSWORD))).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/dashboard").param("month", "2019-01").with(httpBasic("admin", PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.rolledUp").value(false)).andExpect(jsonPath("$.current.tickets").value(0));
    }

    @Autowired
    java.time.Clock clock;

    /**
     * A month not over yet (issue 14: 0.00 % churn and 100 % retention with no caveat): its counts are
     * the month so far, against the source rows; its rates are left out and the page says so; the
     * month picker offers exactly the months that have a rollup.
     */
    @Test
    void aMonthNotOverIsMarkedAndItsRatesLeftOutAndThePickerOffersOnlyMonthsWithData() throws Exception {
        YearMonth now = YearMonth.now(clock);
        YearMonth before = now.minusMonths(1);
        // The month before this one assessed like October (so this month has a mid/high-end base).
        jdbc.sql("insert into tier_runs (month, subscribers, high_from, mid_from, changes, seconds, finished_at) values (?, 9, 200, 100, 0, 1, now()) on conflict do nothing")
                .param(java.sql.Date.valueOf(before.atDay(1))).update();
        jdbc.sql("""
                insert into tier_assessments (month, msisdn, stars, candidate_stars, months_below, score, tenure_points, spend_points,
                                              stability_points, arrears_points, average_spend, reasons)
                select cast(? as date), msisdn, stars, stars, 0, 0, 0, 0, 0, 0, average_spend, '[]' from tier_assessments where month = '2026-10-01'
                on conflict do nothing
                """).param(java.sql.Date.valueOf(before.atDay(1))).update();
        rollups.refresh(now);

        // The base counted here from the rows: before's 3+ stars or average spend at or above the mid cut-off, on the network on the 1st.
        long base = jdbc.sql("""
                select count(*) from tier_assessments a join subscribers s on s.msisdn = a.msisdn
                where a.month = ? and (a.stars >= 3 or a.average_spend >= 100) and (s.cancelled_on is null or s.cancelled_on >= ?)
                """).params(java.sql.Date.valueOf(before.atDay(1)), java.sql.Date.valueOf(now.atDay(1))).query(Long.class).single();
        assertThat(base).isPositive();
        DashboardView v = dashboard.view(now, null);
        assertThat(v.complete()).isFalse();
        assertThat(v.current().complete()).isFalse();
        assertThat(v.current().midHighBase()).isEqualTo(base);
        assertThat(v.current().churnRate()).as("no churn rate for a month not over").isNull();
        assertThat(v.current().retentionRate()).isNull();
        assertThat(v.current().completionRate()).isNull();
        assertThat(dashboard.view(OCTOBER, null).complete()).isTrue();

        String page = mvc.perform(get("/dashboard").param("month", now.toString()).param("lang", "zh")
                        .with(user("analyst").roles("ANALYST")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"month-incomplete\"").contains(now + "（未完）");
        String churnRow = page.substring(page.indexOf("id=\"headline-churnRate\""), page.indexOf("</tr>", page.indexOf("id=\"headline-churnRate\"")));
        assertThat(churnRow).as("the churn headline of a month not over").doesNotContain("0.00%").contains("—");
        String select = page.substring(page.indexOf("id=\"dashboard-month\""), page.indexOf("</select>", page.indexOf("id=\"dashboard-month\"")));
        List<String> offered = new ArrayList<>();
        java.util.regex.Matcher option = java.util.regex.Pattern.compile("value=\"(\\d{4}-\\d{2})\"").matcher(select);
        while (option.find()) {
            offered.add(option.group(1));
        }
        List<String> rolledUp = jdbc.sql("select to_char(month, 'YYYY-MM') from dashboard_rollup_runs order by month desc")
                .query(String.class).list();
        assertThat(offered).isEqualTo(rolledUp).contains(now.toString(), "2026-10").doesNotContain(now.plusMonths(1).toString());
    }

    @Test
    void campaignUpliftComesThroughTheSeam() throws Exception {
        Campaigns.answer.add(new CampaignUplift("C-7", "双11保有", 1000, 150, 100, 10));
        mvc.perform(get("/api/v1/dashboard").param("month", "2026-10").with(httpBasic("supervisor", PASSWORD)))
                .andExpect(jsonPath("$.campaigns[0].name").value("双11保有"))
                .andExpect(jsonPath("$.campaigns[0].treatedRate").value(0.15))
                .andExpect(jsonPath("$.campaigns[0].controlRate").value(0.1))
                .andExpect(jsonPath("$.campaigns[0].uplift").value(0.05));
        mvc.perform(get("/dashboard").param("month", "2026-10").param("lang", "en").with(user("supervisor").roles("SUPERVISOR")))
                .andExpect(content().string(containsString("双11保有")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("No campaigns yet"))));
    }

    @Test
    void thePageShowsEachKpiAsAChartAndATable() throws Exception {
        mvc.perform(get("/dashboard").param("month", "2026-10").param("city", "广州").param("lang", "en")
                        .with(user("analyst").roles("ANALYST")))
                .andExpect(status().isOk())
                .andExpect(header().exists("Server-Timing"))
                .andExpect(content().string(org.hamcrest.Matchers.allOf(
                        containsString("dashboard 2026-10 · 广州"), containsString("id=\"kpi-churn\""),
                        containsString("id=\"chart-stars\""), containsString("id=\"kpi-satisfaction\""), containsString("dashboard-data"),
                        containsString("No campaigns yet"), containsString("25.00%"),
                        containsString("/dashboard/export.xlsx?month=2026-10&amp;city="))));
        mvc.perform(get("/dashboard").param("month", "2026-10").param("lang", "zh").with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("经营看板 2026-10 · 全省")));
    }

    @Test
    void theWholeDashboardExportsToExcel() throws Exception {
        byte[] xlsx = mvc.perform(get("/dashboard/export.xlsx").param("month", "2026-10").param("lang", "en")
                        .with(user("analyst").roles("ANALYST")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        var sheets = XlsxReader.read(xlsx);
        assertThat(sheets).containsKeys("summary", "churn", "stars", "vip", "points", "tasks", "complaints", "sla", "satisfaction", "campaigns");
        var summary = sheets.get("summary");
        assertThat(summary.get(0).getFirst().asString()).isEqualTo("Managers' dashboard 2026-10 · Province");
        assertThat(summary.get(1).get(1).asString()).isEqualTo("Mid/high-end churn rate");
        assertThat(summary.get(2).get(0).asString()).isEqualTo("2026-10");
        assertThat(summary.get(2).get(1).asNumber()).isEqualByComparingTo("0.3333");
        assertThat(summary.get(2).get(5).asNumber()).isEqualByComparingTo("1200");
        assertThat(summary.get(4).get(5).asNumber()).as("change").isEqualByComparingTo("200");
        var churn = sheets.get("churn");
        var october = churn.get(churn.size() - 1);
        assertThat(october.get(0).asDate().toLocalDate()).isEqualTo(OCTOBER.atDay(1));
        assertThat(october.get(1).asNumber()).isEqualByComparingTo("6");
        assertThat(october.get(2).asNumber()).isEqualByComparingTo("2");
        assertThat(churn).hasSize(2 + 12);
        var complaints = sheets.get("complaints");
        assertThat(complaints.get(complaints.size() - 1).get(3).asNumber()).isEqualByComparingTo("111111.1");
        byte[] api = mvc.perform(get("/api/v1/dashboard/export.xlsx").param("month", "2026-10").param("city", "深圳")
                .with(httpBasic("admin", PASSWORD))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        var points = XlsxReader.read(api).get("points");
        assertThat(points.get(points.size() - 1).get(1).asNumber()).isEqualByComparingTo("500");
    }

    @Test
    void managersAndAnalystsOnly() throws Exception {
        for (String who : List.of("admin", "analyst", "supervisor")) {
            mvc.perform(get("/api/v1/dashboard").param("month", "2026-10").with(httpBasic(who, PASSWORD))).andExpect(status().isOk());
        }
        for (String who : List.of("pm01", "agent")) {
            mvc.perform(get("/api/v1/dashboard").with(httpBasic(who, PASSWORD))).andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/dashboard/export.xlsx").with(httpBasic(who, PASSWORD))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/dashboard").with(user("pm01").roles("PHONE_MANAGER"))).andExpect(status().isForbidden());
        mvc.perform(get("/dashboard/export.xlsx").with(user("pm01").roles("PHONE_MANAGER"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/dashboard")).andExpect(status().isUnauthorized());
    }
}
