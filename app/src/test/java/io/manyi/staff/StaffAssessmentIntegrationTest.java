package io.manyi.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.manyi.platform.security.DemoUsers;
import io.manyi.testing.IntegrationTest;
import io.manyi.testing.TestDatabase;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A hand-made month: the figures of three clerks and two phone managers, the scores and ranks they
 * give by hand, a weights change that turns the ranking round, rankings over a quarter, and who
 * sees what.
 */
@IntegrationTest
@AutoConfigureMockMvc
class StaffAssessmentIntegrationTest {

    private static final String PASSWORD = DemoUsers.PASSWORD;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoUsers demoUsers;

    @Autowired
    StaffAssessment assessment;

    @Autowired
    Clock clock;

    private YearMonth month;

    @BeforeEach
    void handMadeMonth() {
        TestDatabase.truncateAll(jdbc);
        month = YearMonth.now(clock).minusMonths(1);
        LocalDate day = month.atDay(10);
        jdbc.sql("insert into halls values ('H1', '天河营业厅', 'A', '广州', '天河区', ?), ('H2', '福田营业厅', 'B', '深圳', null, ?)")
                .params(Date.valueOf(month.atDay(1)), Date.valueOf(month.atDay(1))).update();
        jdbc.sql("insert into hall_staff values ('ca', 'H1', '甲', 'HALL_MANAGER'), ('cb', 'H1', '乙', 'CLERK'), ('cc', 'H2', '丙', 'CLERK')")
                .update();
        jdbc.sql("""
                insert into staff (username, display_name, role, city, team) values
                  ('ca', '甲', 'HALL_CLERK', '广州', 'H1'), ('cb', '乙', 'HALL_CLERK', '广州', 'H1'), ('cc', '丙', 'HALL_CLERK', '深圳', 'H2'),
                  ('p1', '电话经理一', 'PHONE_MANAGER', '广州', 'T1'), ('p2', '电话经理二', 'PHONE_MANAGER', '广州', 'T1')
                """).update();
        demoUsers.ensure();
        // ca: compliance 90 and 100 -> 95; knowledge 80; mystery shopper 60; two ratings of 10 -> 100; no callbacks.
        // cb: compliance 100; no test; mystery shopper 100; one rating of 1 -> 0, its callback reached -> 100.
        check("ca", day, "COMPLIANCE", 90);
        check("ca", day.plusDays(1), "COMPLIANCE", 100);
        check("ca", day, "MYSTERY_SHOPPER", 60);
        check("cb", day, "COMPLIANCE", 100);
        check("cb", day, "MYSTERY_SHOPPER", 100);
        jdbc.sql("insert into staff_knowledge_tests values ('ca', ?, 80, 100, 'supervisor', now())")
                .param(Date.valueOf(month.atDay(1).with(java.time.DayOfWeek.MONDAY).plusWeeks(1))).update();
        Timestamp at = Timestamp.from(day.atTime(11, 0).atZone(clock.getZone()).toInstant());
        survey("s1", "13800000001", "H1", "ca", 10, at, null);
        survey("s2", "13800000002", "H1", "ca", 10, at, null);
        long low = survey("s3", "13800000003", "H1", "cb", 1, at, null);
        jdbc.sql("""
                insert into callback_tasks (reason, msisdn, survey_id, status, due_at, created_at, done_at, done_by, outcome,
                                            indicator, dedup_key)
                values ('LOW_SURVEY_SCORE', '13800000003', ?, 'DONE', ?, ?, ?, 'p1', 'REACHED', 'EASY_TO_USE', 'low-survey:x')
                """).params(low, at, at, at).update();
        // p1: 10 tasks due: 3 accepted, 3 refused, 2 not reached, 2 expired; one TASK_DONE rating of 8.
        String[][] p1 = {{"DONE", "REACHED_ACCEPTED"}, {"DONE", "REACHED_ACCEPTED"}, {"DONE", "REACHED_ACCEPTED"},
                {"DONE", "REACHED_REFUSED"}, {"DONE", "REACHED_REFUSED"}, {"DONE", "REACHED_REFUSED"},
                {"FAILED", "NOT_REACHED"}, {"FAILED", "NOT_REACHED"}, {"EXPIRED", null}, {"EXPIRED", null}};
        long firstTask = 0;
        for (int i = 0; i < p1.length; i++) {
            long id = task("p1", "1390000000" + i, day, p1[i][0], p1[i][1]);
            firstTask = i == 0 ? id : firstTask;
        }
        survey("t1", "13900000000", null, null, 8, at, firstTask);
        // p2: 2 tasks due, both reached and refused.
        task("p2", "13700000001", day, "DONE", "REACHED_REFUSED");
        task("p2", "13700000002", day, "DONE", "REACHED_REFUSED");
    }

    private void check(String clerk, LocalDate day, String kind, int score) {
        jdbc.sql("""
                insert into hall_checks (hall_id, clerk, check_day, kind, score, max_score, recorded_by, recorded_at)
                select hall_id, ?, ?, ?, ?, 100, 'supervisor', now() from hall_staff where username = ?
                """).params(clerk, Date.valueOf(day), kind, score, clerk).update();
    }

    private long survey(String key, String msisdn, String hall, String clerk, int score, Timestamp at, Long taskId) {
        return jdbc.sql("""
                insert into surveys (msisdn, touchpoint, hall_id, clerk, task_id, status, sent_at, answered_at, score, dedup_key)
                values (?, ?, ?, ?, ?, 'ANSWERED', ?, ?, ?, ?) returning id
                """).params(msisdn, taskId == null ? "HALL_VISIT" : "TASK_DONE", hall, clerk, taskId, at, at, score, key)
                .query(Long.class).single();
    }

    private long task(String assignee, String msisdn, LocalDate day, String status, String outcome) {
        Timestamp at = Timestamp.from(day.atTime(9, 0).atZone(clock.getZone()).toInstant());
        return jdbc.sql("""
                insert into tasks (msisdn, due_on, assignee, channel, status, type, priority, sla_due_at, outcome, created_at, updated_at)
                values (?, ?, ?, 'PHONE_MANAGER', ?, 'BIRTHDAY', 1, ?, ?, ?, ?) returning id
                """).params(msisdn, Date.valueOf(day), assignee, status, at, outcome, at, at).query(Long.class).single();
    }

    @Test
    void scoresAndRanksTheMonthAndAWeightsChangeTurnsTheRankingRound() throws Exception {
        StaffAssessment.Result run = assessment.assess(month);
        assertThat(run.clerks()).isEqualTo(3);
        assertThat(run.phoneManagers()).isEqualTo(2);
        // ca: (20×95 + 15×80 + 20×60 + 30×100) / 85 = 85.9; cb: (20×100 + 20×100 + 30×0 + 15×100) / 85 = 64.7; cc: no figures.
        mvc.perform(get("/api/v1/staff/assessments").param("month", month.toString()).param("role", "HALL_CLERK")
                        .with(httpBasic("analyst", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.count").value(3))
                .andExpect(jsonPath("$.items[0].username").value("ca"))
                .andExpect(jsonPath("$.items[0].total").value(85.9))
                .andExpect(jsonPath("$.items[0].rank").value(1))
                .andExpect(jsonPath("$.items[0].components[0].figures.count").value(2))
                .andExpect(jsonPath("$.items[0].components[0].score").value(95.0))
                .andExpect(jsonPath("$.items[0].components[4].score").value(Matchers.nullValue()))
                .andExpect(jsonPath("$.items[1].username").value("cb"))
                .andExpect(jsonPath("$.items[1].total").value(64.7))
                .andExpect(jsonPath("$.items[1].unitRank").value(2))
                .andExpect(jsonPath("$.items[1].components[4].figures.reached").value(1))
                .andExpect(jsonPath("$.items[2].username").value("cc"))
                .andExpect(jsonPath("$.items[2].rank").value(Matchers.nullValue()));
        // p1: completion 8/10 = 80; conversion 3/6 = 0.5 against a 0.3 target -> 100; rating 8 -> 77.8; total 85.3.
        // p2: completion 100; conversion 0; no ratings -> (40×100 + 30×0) / 70 = 57.1.
        mvc.perform(get("/api/v1/staff/assessments").param("month", month.toString()).param("role", "PHONE_MANAGER")
                        .with(httpBasic("supervisor", PASSWORD)))
                .andExpect(jsonPath("$.items[0].username").value("p1"))
                .andExpect(jsonPath("$.items[0].total").value(85.3))
                .andExpect(jsonPath("$.items[0].components[0].figures.due").value(10))
                .andExpect(jsonPath("$.items[0].components[0].figures.done").value(8))
                .andExpect(jsonPath("$.items[0].components[1].score").value(100.0))
                .andExpect(jsonPath("$.items[0].components[2].score").value(77.8))
                .andExpect(jsonPath("$.items[1].username").value("p2"))
                .andExpect(jsonPath("$.items[1].total").value(57.1));

        // Mystery shopper counts most, on-site ratings not at all: cb (100) passes ca (67.4).
        mvc.perform(put("/api/v1/staff/settings/clerk").with(httpBasic("supervisor", PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"weights\": {\"COMPLIANCE\": 20, \"KNOWLEDGE_TEST\": 15, \"MYSTERY_SHOPPER\": 100, "
                                + "\"ONSITE_SATISFACTION\": 0, \"CALLBACK_SATISFACTION\": 15}}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.weights.MYSTERY_SHOPPER").value(100.0));
        mvc.perform(put("/api/v1/staff/settings/clerk").with(httpBasic("analyst", PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"weights\": {\"COMPLIANCE\": 1}}"))
                .andExpect(status().isForbidden());
        assessment.assess(month);
        assessment.assess(month); // re-runnable: the month is replaced, not added to
        assertThat(jdbc.sql("select count(*) from staff_assessments").query(Long.class).single()).isEqualTo(5);
        String quarter = month.getYear() + "-Q" + ((month.getMonthValue() - 1) / 3 + 1);
        mvc.perform(get("/api/v1/staff/rankings").param("period", quarter).param("role", "HALL_CLERK")
                        .with(httpBasic("supervisor", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.period").value(quarter))
                .andExpect(jsonPath("$.items[0].username").value("cb"))
                .andExpect(jsonPath("$.items[0].score").value(100.0))
                .andExpect(jsonPath("$.items[0].months").value(1))
                .andExpect(jsonPath("$.items[0].components.MYSTERY_SHOPPER").value(100.0))
                .andExpect(jsonPath("$.items[1].username").value("ca"))
                .andExpect(jsonPath("$.items[1].score").value(67.4))
                .andExpect(jsonPath("$.items[1].rank").value(2));
        mvc.perform(get("/api/v1/staff/rankings").param("period", String.valueOf(month.getYear()))
                        .with(httpBasic("analyst", PASSWORD)))
                .andExpect(jsonPath("$.count").value(5));
    }

    @Test
    void theAssessedSeeOnlyTheirOwnAndOthersSeeNothing() throws Exception {
        assessment.assess(month);
        mvc.perform(get("/api/v1/staff/assessments").param("month", month.toString()).with(httpBasic("cb", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.count").value(1))
                .andExpect(jsonPath("$.items[0].username").value("cb"))
                .andExpect(jsonPath("$.items[0].rank").value(2));
        mvc.perform(get("/api/v1/staff/rankings").param("period", month.toString()).with(httpBasic("p1", PASSWORD)))
                .andExpect(jsonPath("$.count").value(1))
                .andExpect(jsonPath("$.items[0].username").value("p1"));
        mvc.perform(get("/api/v1/staff/assessments/ca").with(httpBasic("cb", PASSWORD))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/staff/assessments/ca").with(httpBasic("ca", PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[0].total").value(85.9));
        mvc.perform(get("/api/v1/staff/rankings").with(httpBasic("agent", PASSWORD))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/staff/knowledge-tests").with(httpBasic("ca", PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\": \"ca\", \"weekOf\": \"" + month.atDay(15) + "\", \"score\": 100}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/staff/knowledge-tests").with(httpBasic("supervisor", PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\": \"cb\", \"weekOf\": \"" + month.atDay(15) + "\", \"score\": 45, \"maxScore\": 50}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.weekOf").value(month.atDay(15).with(java.time.DayOfWeek.MONDAY).toString()));
        // The pages: the ranking table and one employee's figures; a clerk's page of someone else is refused.
        mvc.perform(get("/staff/rankings").param("period", month.toString()).with(user("supervisor").roles("SUPERVISOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("ranking-chart")))
                .andExpect(content().string(Matchers.containsString("85.9")));
        mvc.perform(get("/staff/ca").param("month", month.toString()).with(user("ca").roles("HALL_CLERK")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("95.0")));
        mvc.perform(get("/staff/ca").with(user("cb").roles("HALL_CLERK"))).andExpect(status().isForbidden());
    }
}
