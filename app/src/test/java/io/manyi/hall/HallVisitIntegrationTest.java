package io.manyi.hall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.manyi.platform.security.DemoUsers;
import io.manyi.platform.settings.Settings;
import io.manyi.satisfaction.SurveyRules;
import io.manyi.satisfaction.Surveys;
import io.manyi.staff.StaffAssessment;
import io.manyi.staff.StaffAssessments;
import io.manyi.staff.StaffRole;
import io.manyi.platform.Role;
import io.manyi.platform.security.CurrentUser;
import io.manyi.testing.IntegrationTest;
import io.manyi.testing.TestDatabase;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** A visit through the API -> an SMS rating tied to the hall and clerk -> a reply -> the clerk's on-site satisfaction. */
@IntegrationTest
@AutoConfigureMockMvc
class HallVisitIntegrationTest {

    private static final String PASSWORD = DemoUsers.PASSWORD;
    private static final String MSISDN = "13800138000";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoUsers demoUsers;

    @Autowired
    Settings settings;

    @Autowired
    Surveys surveys;

    @Autowired
    StaffAssessment assessment;

    @Autowired
    StaffAssessments assessments;

    @Autowired
    Clock clock;

    @BeforeEach
    void fixture() {
        TestDatabase.truncateAll(jdbc);
        LocalDate opened = LocalDate.now(clock).minusDays(3);
        jdbc.sql("insert into halls values ('H1', '天河营业厅', 'A', '广州', '天河区', ?), ('H2', '福田营业厅', 'B', '深圳', null, ?)")
                .params(Date.valueOf(opened), Date.valueOf(opened)).update();
        jdbc.sql("insert into hall_staff values ('clerk1', 'H1', '林营业员', 'CLERK'), ('clerk2', 'H2', '黄营业员', 'CLERK')").update();
        jdbc.sql("insert into staff (username, display_name, role) values ('clerk1', '林营业员', 'HALL_CLERK'), "
                + "('clerk2', '黄营业员', 'HALL_CLERK')").update();
        demoUsers.ensure();
        // Every visit sampled, so that the test sees the survey go out.
        SurveyRules defaults = SurveyRules.defaults();
        Map<String, Double> rates = new HashMap<>(defaults.sampleRates());
        rates.put("HALL_VISIT", 1.0);
        settings.put(SurveyRules.SETTING, new SurveyRules(defaults.lowScoreMax(), rates, defaults.cooldownDays(),
                defaults.dimensions(), defaults.callbackHours(), defaults.expireDays(), defaults.dimensionOwners()), "test", "test");
    }

    private String visitBody() {
        ZonedDateTime arrived = ZonedDateTime.now(clock).minusMinutes(40);
        return """
                {"msisdn": "%s", "ticketNo": "A017", "service": "PLAN_CHANGE", "arrivedAt": "%s", "calledAt": "%s", "finishedAt": "%s"}
                """.formatted(MSISDN, arrived.toOffsetDateTime(), arrived.plusMinutes(12).toOffsetDateTime(),
                arrived.plusMinutes(20).toOffsetDateTime());
    }

    @Test
    void aFinishedVisitSendsARatingTiedToHallAndClerkAndItsReplyCountsForTheClerk() throws Exception {
        String body = visitBody();
        String first = mvc.perform(post("/api/v1/halls/H1/visits").with(httpBasic("clerk1", PASSWORD))
                        .header("Idempotency-Key", "visit-1").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.clerk").value("clerk1"))
                .andExpect(jsonPath("$.surveySent").value(true))
                .andReturn().getResponse().getContentAsString();
        String replay = mvc.perform(post("/api/v1/halls/H1/visits").with(httpBasic("clerk1", PASSWORD))
                        .header("Idempotency-Key", "visit-1").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        assertThat(replay).isEqualTo(first);
        assertThat(jdbc.sql("select count(*) from hall_visits").query(Long.class).single()).isOne();

        record Row(String hallId, String clerk, String touchpoint, String dedupKey) {
        }
        Row survey = jdbc.sql("select hall_id, clerk, touchpoint, dedup_key from surveys").query(Row.class).single();
        long visitId = jdbc.sql("select id from hall_visits").query(Long.class).single();
        assertThat(survey).isEqualTo(new Row("H1", "clerk1", "HALL_VISIT", "survey:HALL_VISIT:visit:" + visitId));
        assertThat(jdbc.sql("select count(*) from sms_outbox where dedup_key = ?").param(survey.dedupKey())
                .query(Long.class).single()).isOne();

        assertThat(surveys.reply(MSISDN, "9分").outcome()).isEqualTo("ANSWERED");

        YearMonth month = YearMonth.now(clock);
        mvc.perform(get("/api/v1/halls/H1/satisfaction").param("month", month.toString()).with(httpBasic("clerk1", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].clerk").value("clerk1"))
                .andExpect(jsonPath("$.items[0].visits").value(1))
                .andExpect(jsonPath("$.items[0].answered").value(1))
                .andExpect(jsonPath("$.items[0].averageScore").value(9.0))
                .andExpect(jsonPath("$.items[0].averageWaitMinutes").value(12.0));
        mvc.perform(get("/api/v1/halls/H1/visits").with(httpBasic("clerk1", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].ticketNo").value("A017"))
                .andExpect(jsonPath("$.items[0].surveyScore").value(9))
                .andExpect(jsonPath("$.items[0].msisdn").value(org.hamcrest.Matchers.not(MSISDN)));

        assessment.assess(month);
        List<StaffAssessments.Assessment> mine = assessments.month(new CurrentUser("clerk1", Set.of(Role.HALL_CLERK)), month,
                StaffRole.HALL_CLERK);
        assertThat(mine).singleElement().satisfies(a -> {
            Map<String, Object> onsite = a.components().stream().filter(c -> c.get("component").equals("ONSITE_SATISFACTION"))
                    .findFirst().orElseThrow();
            assertThat(((Number) onsite.get("score")).doubleValue()).isEqualTo(88.9); // (9 - 1) / 9 * 100
            @SuppressWarnings("unchecked")
            Map<String, Object> figures = (Map<String, Object>) onsite.get("figures");
            assertThat(figures).containsEntry("answered", 1).containsEntry("averageScore", 9.0);
            assertThat(a.total()).isEqualTo(88.9); // the only component with figures
        });
    }

    @Test
    void onlyTheHallsClerksSupervisorsAndAdminsRecordVisitsAndBadTimesAreRefused() throws Exception {
        mvc.perform(post("/api/v1/halls/H1/visits").with(httpBasic("clerk2", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(visitBody()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/halls/H1/visits").with(httpBasic("analyst", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(visitBody()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/halls/H1/visits").with(httpBasic("supervisor", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(visitBody().replace("\"msisdn\"", "\"clerk\": \"clerk2\", \"msisdn\"")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("bad-visit"));
        ZonedDateTime now = ZonedDateTime.now(clock);
        mvc.perform(post("/api/v1/halls/H1/visits").with(httpBasic("clerk1", PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"arrivedAt\": \"%s\", \"calledAt\": \"%s\"}".formatted(now.minusMinutes(5).toOffsetDateTime(),
                                now.minusMinutes(10).toOffsetDateTime())))
                .andExpect(status().isUnprocessableEntity());
        assertThat(jdbc.sql("select count(*) from hall_visits").query(Long.class).single()).isZero();
        // A visit without a number is recorded, and no survey goes out.
        mvc.perform(post("/api/v1/halls/H1/visits").with(httpBasic("supervisor", PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"clerk\": \"clerk1\", \"arrivedAt\": \"%s\"}".formatted(now.minusMinutes(5).toLocalDateTime())))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.surveySent").value(false));
        assertThat(jdbc.sql("select count(*) from surveys").query(Long.class).single()).isZero();
    }
}
