package io.manyi.satisfaction;

import static io.manyi.subscriber.SubscriberFixture.OF_PM01;
import static io.manyi.subscriber.SubscriberFixture.OF_PM02;
import static io.manyi.subscriber.SubscriberFixture.PASSWORD;
import static io.manyi.subscriber.SubscriberFixture.UNASSIGNED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.manyi.platform.outbox.Outbox;
import io.manyi.platform.security.DemoUsers;
import io.manyi.platform.settings.Settings;
import io.manyi.subscriber.SubscriberFixture;
import io.manyi.testing.IntegrationTest;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 6's preventive reminders: one confirmation text per new value-added subscription, the flag
 * after 48 hours (once, with its event), data and spend alerts once per month, the API's roles and masking.
 */
@IntegrationTest
@AutoConfigureMockMvc
class PreventiveRemindersIntegrationTest {

    /** A month the fixture has no usage for; its figures are set per test. */
    static final YearMonth MONTH = YearMonth.of(2025, 6);
    static final String CANCELLED = "13600000009";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JdbcTemplate jdbcTemplate;

    @Autowired
    DemoUsers demoUsers;

    @Autowired
    Settings settings;

    @Autowired
    PreventiveReminders reminders;

    @Autowired
    Clock clock;

    LocalDateTime now;

    @BeforeEach
    void fixture() {
        // The fixture's own subscriptions (2023-2024, one of them unconfirmed) are long out of the window.
        SubscriberFixture.load(jdbc, demoUsers);
        now = LocalDateTime.now(clock);
        subscription(OF_PM01, "GAME2", false, null, now.minusHours(3));      // new: confirmation only
        subscription(OF_PM01, "MUSIC", false, null, now.minusHours(49));     // confirmation and flag
        subscription(OF_PM01, "EDGE", false, null, now.minusHours(47));      // confirmation, not flagged yet
        subscription(OF_PM02, "VIDEO", true, null, now.minusHours(50));      // confirmed: nothing
        subscription(OF_PM02, "READ", false, now.minusHours(1), now.minusHours(60)); // cancelled: nothing
        subscription(OF_PM02, "OLD", false, null, now.minusDays(8));         // out of the 7-day window: nothing
    }

    void subscription(String msisdn, String code, boolean confirmed, LocalDateTime cancelledAt, LocalDateTime subscribedAt) {
        jdbc.sql("insert into vas_subscriptions values (?, ?, ?, 'SMS', ?, ?, ?, 10.00)")
                .params(msisdn, code, code + "包", subscribedAt, confirmed, cancelledAt).update();
    }

    int count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Integer.class).single();
    }

    List<String> confirmedCodes() {
        return jdbc.sql("select split_part(dedup_key, ':', 3) from sms_outbox where template = 'vas-confirm' order by 1")
                .query(String.class).list();
    }

    @Test
    void eachOpenSubscriptionGetsOneConfirmationAndOnlyTheOneOlderThan48HoursIsFlaggedOnce() {
        PreventiveReminders.VasResult first = reminders.vasReminders();
        assertThat(first.confirmationsSent()).isEqualTo(3);
        assertThat(first.flagged()).isEqualTo(1);
        assertThat(confirmedCodes()).containsExactly("EDGE", "GAME2", "MUSIC");
        assertThat(count("select count(*) from sms_outbox where template = 'vas-confirm' and msisdn <> ?", OF_PM01))
                .as("confirmed, cancelled and old subscriptions get nothing").isZero();
        String text = jdbc.sql("select body_zh || ' | ' || body_en from sms_outbox where dedup_key like 'vas-confirm:%:MUSIC:%'")
                .query(String.class).single();
        assertThat(text).contains("MUSIC包（10元/月）").contains("10086").contains("MUSIC包 (MUSIC), 10 yuan a month")
                .contains("cancel");
        assertThat(jdbc.sql("select service_code from vas_confirmation_flags").query(String.class).list())
                .containsExactly("MUSIC");
        String payload = jdbc.sql("select payload::text from domain_events where type = 'VasUnconfirmed' and subject = ?")
                .param(OF_PM01).query(String.class).single();
        assertThat(JsonPath.<String>read(payload, "$.serviceCode")).isEqualTo("MUSIC");
        assertThat(JsonPath.<Double>read(payload, "$.monthlyFee")).isEqualTo(10.0);

        PreventiveReminders.VasResult again = reminders.vasReminders();
        assertThat(again.confirmationsSent()).isZero();
        assertThat(again.flagged()).isZero();
        assertThat(count("select count(*) from sms_outbox")).isEqualTo(3);
        assertThat(count("select count(*) from vas_confirmation_flags")).isEqualTo(1);
        assertThat(count("select count(*) from domain_events where type = 'VasUnconfirmed'")).isEqualTo(1);
    }

    /** The same service on a clock moved forward: the subscription at 47 hours is flagged once it passes 48. */
    @Test
    void theFlagComesOnlyOnce48HoursHavePassed() {
        Clock today = Clock.offset(clock, Duration.ZERO);
        Clock later = Clock.offset(clock, Duration.ofHours(2));
        PreventiveReminders atFirst = new PreventiveReminders(jdbc, settings, new Outbox(jdbcTemplate, today), today);
        PreventiveReminders twoHoursLater = new PreventiveReminders(jdbc, settings, new Outbox(jdbcTemplate, later), later);

        assertThat(atFirst.vasReminders().flagged()).isEqualTo(1);
        assertThat(count("select count(*) from vas_confirmation_flags where service_code = 'EDGE'")).isZero();
        PreventiveReminders.VasResult after = twoHoursLater.vasReminders();
        assertThat(after.flagged()).isEqualTo(1);
        assertThat(after.confirmationsSent()).as("its confirmation went out before").isZero();
        assertThat(jdbc.sql("select service_code from vas_confirmation_flags order by 1").query(String.class).list())
                .containsExactly("EDGE", "MUSIC");
        assertThat(twoHoursLater.vasReminders().flagged()).isZero();
        assertThat(count("select count(*) from domain_events where type = 'VasUnconfirmed'")).isEqualTo(2);
    }

    void usage(String msisdn, YearMonth month, String spend, int dataMb) {
        jdbc.sql("insert into usage_monthly values (?, ?, ?, 100, 10, 0, 10, ?, 0, 0, 0, 20, 0)")
                .params(msisdn, java.sql.Date.valueOf(month.atDay(1)), new java.math.BigDecimal(spend), dataMb).update();
    }

    void usageFixture() {
        jdbc.sql("insert into plans values ('NODATA', '语音 18 元套餐', 'EASYOWN', 18.00, 200, 0, 50, 'VOICE')").update();
        jdbc.sql("update subscribers set plan_code = 'NODATA' where msisdn = ?").param(UNASSIGNED).update();
        jdbc.sql("""
                insert into subscribers values ('13600000009', '赵六', '440101198001010011', 'M', '1980-01-01', '广州', '天河',
                  'GOTONE', 'GT58', '2018-01-01', 'CANCELLED', 'NORMAL', null, '2025-05-20')
                """).update();
        usage(OF_PM01, MONTH, "58.00", 2048 + 1024);   // exactly the threshold beyond 2048 MB: data alert
        usage(OF_PM02, MONTH, "116.01", 2048 + 1023);  // 1 MB short of a data alert; spend just above 2 x 58
        usage(UNASSIGNED, MONTH, "36.00", 1024);       // no allowance: all 1024 MB count; spend exactly 2 x 18
        usage(CANCELLED, MONTH, "900.00", 90_000);     // cancelled: nothing
        usage(OF_PM01, MONTH.plusMonths(1), "58.00", 9000);
    }

    List<String> alerted(String template) {
        return jdbc.sql("select msisdn from sms_outbox where template = ? order by msisdn").param(template)
                .query(String.class).list();
    }

    @Test
    void usageAlertsGoToExactlyTheSubscribersBeyondTheirPlanOncePerMonth() {
        usageFixture();
        PreventiveReminders.UsageResult first = reminders.usageAlerts(MONTH);
        assertThat(first.dataAlerts()).isEqualTo(2);
        assertThat(first.spendAlerts()).isEqualTo(1);
        assertThat(alerted("usage-alert")).containsExactly(UNASSIGNED, OF_PM01);
        assertThat(alerted("spend-alert")).containsExactly(OF_PM02);
        String text = jdbc.sql("select body_zh || ' | ' || body_en from sms_outbox where dedup_key = ?")
                .param("usage-alert:2025-06:" + OF_PM01).query(String.class).single();
        assertThat(text).contains("2025年6月").contains("3072MB").contains("1.0GB").contains("流量包")
                .contains("1.0 GB beyond the 2048 MB in your plan").contains("data pack");
        assertThat(jdbc.sql("select body_en from sms_outbox where msisdn = ?").param(UNASSIGNED).query(String.class).single())
                .contains("your plan includes no data");
        assertThat(jdbc.sql("select body_zh from sms_outbox where template = 'spend-alert'").query(String.class).single())
                .contains("116.01元").contains("58元").contains("2.0倍");

        PreventiveReminders.UsageResult again = reminders.usageAlerts(MONTH);
        assertThat(again.dataAlerts() + again.spendAlerts()).isZero();
        assertThat(count("select count(*) from sms_outbox")).isEqualTo(3);

        assertThat(reminders.usageAlerts(MONTH.plusMonths(1)).dataAlerts()).as("a new month, a new alert").isEqualTo(1);
        settings.put(ReminderRules.SETTING, new ReminderRules(168, 48, 1023, 2.0), "test", "lower threshold");
        assertThat(reminders.usageAlerts(MONTH).dataAlerts()).as("the threshold is the setting's").isEqualTo(1);
        assertThat(alerted("usage-alert")).containsExactly(UNASSIGNED, OF_PM01, OF_PM01, OF_PM02);
    }

    @Test
    void flagsAreListedForAdminsInClearForAnalystsMaskedAndRunIsForAdminsOnly() throws Exception {
        usage(OF_PM01, reminders.lastCompleteMonth(), "58.00", 4000);
        mvc.perform(post("/api/v1/reminders/run").with(httpBasic("supervisor", PASSWORD))).andExpect(status().isForbidden());
        assertThat(count("select count(*) from sms_outbox")).isZero();
        mvc.perform(post("/api/v1/reminders/run").with(httpBasic("admin", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.confirmationsSent").value(3))
                .andExpect(jsonPath("$.flagged").value(1))
                .andExpect(jsonPath("$.month").value(reminders.lastCompleteMonth().toString()))
                .andExpect(jsonPath("$.dataAlerts").value(1)).andExpect(jsonPath("$.spendAlerts").value(0));
        mvc.perform(post("/api/v1/reminders/run").with(httpBasic("admin", PASSWORD)))
                .andExpect(jsonPath("$.confirmationsSent").value(0)).andExpect(jsonPath("$.flagged").value(0))
                .andExpect(jsonPath("$.dataAlerts").value(0));

        mvc.perform(get("/api/v1/reminders/flags").param("limit", "5").with(httpBasic("admin", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.count").value(1))
                .andExpect(jsonPath("$.items[0].msisdn").value(OF_PM01))
                .andExpect(jsonPath("$.items[0].serviceCode").value("MUSIC"))
                .andExpect(jsonPath("$.items[0].confirmed").value(false));
        mvc.perform(get("/api/v1/reminders/flags").with(httpBasic("supervisor", PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[0].msisdn").value(OF_PM01));
        mvc.perform(get("/api/v1/reminders/flags").with(httpBasic("analyst", PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[0].msisdn").value("138****0001"));
        mvc.perform(get("/api/v1/reminders/flags").with(httpBasic("agent", PASSWORD))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/reminders/flags")).andExpect(status().isUnauthorized());
        // Each listing is a read of personal data, audited with the numbers it held, whoever saw them masked.
        assertThat(jdbc.sql("select actor || ' ' || detail from audit_log where action = 'reminders.flags' order by id")
                .query(String.class).list()).containsExactly("admin " + OF_PM01, "supervisor " + OF_PM01, "analyst " + OF_PM01);
    }

    @Test
    void aWindowThatCouldNeverFlagIsRefused() throws Exception {
        mvc.perform(put("/api/v1/tickets/settings/" + ReminderRules.SETTING).with(httpBasic("admin", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"vasWindowHours\": 24, \"flagAfterHours\": 48, \"overAllowanceMb\": 1024, "
                                + "\"spendFactor\": 2.0}"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/tickets/settings/" + ReminderRules.SETTING).with(httpBasic("admin", PASSWORD)))
                .andExpect(jsonPath("$.vasWindowHours").value(168)).andExpect(jsonPath("$.flagAfterHours").value(48));
    }
}
