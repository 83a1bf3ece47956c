package io.manyi.moments;

import static io.manyi.subscriber.SubscriberFixture.OF_PM01;
import static io.manyi.subscriber.SubscriberFixture.OF_PM02;
import static io.manyi.subscriber.SubscriberFixture.UNASSIGNED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.manyi.platform.security.DemoUsers;
import io.manyi.subscriber.SubscriberFixture;
import io.manyi.testing.IntegrationTest;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The manager's day (docs/moments.md, "The day"): a call-back booked for 10:00 in the operator's
 * zone is stored, shown and counted as 10:00 there and stays on the list "not due" until then; the
 * list's filters; the task with its 360 beside it, within the book; the counts an outcome changes;
 * an account manager opens every task dispatched to them.
 */
@IntegrationTest
@AutoConfigureMockMvc
class WorkbenchDayIntegrationTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DemoUsers demoUsers;
    @Autowired
    Clock clock;
    @Autowired
    MomentDispatch dispatch;
    @Autowired
    List<io.manyi.hotline.OpenItemSource> openItems;

    LocalDate today;

    @BeforeEach
    void province() {
        SubscriberFixture.load(jdbc, demoUsers);
        MomentsFixture.seedCatalog(jdbc);
        today = LocalDate.now(clock);
    }

    long task(String msisdn, String assignee, String type, LocalDate due, double priority) {
        String status = assignee == null ? "NEW" : "ASSIGNED";
        Instant now = clock.instant();
        return jdbc.sql("""
                        insert into tasks (msisdn, due_on, assignee, channel, status, type, priority, not_before, sla_due_at,
                                           created_at, updated_at)
                        values (?, ?, ?, 'PHONE_MANAGER', ?, ?, ?, ?, ?, ?, ?) returning id
                        """)
                .params(msisdn, due, assignee, status, type, priority, Timestamp.from(now),
                        Timestamp.from(now.plusSeconds(3 * 86_400)), Timestamp.from(now), Timestamp.from(now))
                .query(Long.class).single();
    }

    @Test
    void aCallBackBookedForTenShowsTenAndStaysOnTheListNotDueUntilThen() throws Exception {
        long id = task(OF_PM01, "pm01", "BIRTHDAY", today, 300);
        LocalDate tomorrow = today.plusDays(1);
        // The form's datetime-local: the operator's wall-clock time, whatever the server's zone (UTC on the build machine).
        mvc.perform(post("/workbench/tasks/" + id + "/callback").param("at", tomorrow + "T10:00")
                        .header("HX-Request", "true").with(user("pm01").roles("PHONE_MANAGER")).with(csrf()).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(header().string("HX-Trigger", "workbench-changed"))
                .andExpect(content().string(allOf(containsString("Call back at " + tomorrow + " 10:00"),
                        containsString("data-due=\"CALLBACK_NOT_DUE\""), containsString("· not due"))));
        Instant stored = jdbc.sql("select callback_at from tasks where id = ?").param(id).query(Timestamp.class).single().toInstant();
        assertThat(stored).isEqualTo(tomorrow.atTime(10, 0).atZone(SHANGHAI).toInstant());

        // Its day moved to tomorrow, yet today's list keeps it, marked not due, at 10:00.
        mvc.perform(get("/workbench").param("lang", "en").with(user("pm01").roles("PHONE_MANAGER")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"row-" + id + "\""),
                        containsString("call back " + tomorrow.toString().substring(5) + " 10:00 · not due"),
                        not(containsString("02:00")))));
        mvc.perform(get("/workbench").param("due", "callback").param("lang", "en").with(user("pm01").roles("PHONE_MANAGER")))
                .andExpect(content().string(allOf(containsString("id=\"row-" + id + "\""), containsString("1 of 1 tasks shown"))));
        // The API: the instant, and the time as booked.
        mvc.perform(get("/api/v1/tasks/" + id).with(httpBasic("pm01", SubscriberFixture.PASSWORD)))
                .andExpect(jsonPath("$.callbackLocal").value(tomorrow + "T10:00"))
                .andExpect(jsonPath("$.due").value("CALLBACK_NOT_DUE"));
        mvc.perform(get("/api/v1/workbench/summary").with(httpBasic("pm01", SubscriberFixture.PASSWORD)))
                .andExpect(jsonPath("$.appointments.notDue").value(1))
                .andExpect(jsonPath("$.appointments.due").value(0));
        mvc.perform(get("/workbench/counts").param("lang", "en").with(user("pm01").roles("PHONE_MANAGER")))
                .andExpect(content().string(allOf(containsString("id=\"count-callbacks\">1<"), containsString("1 not yet due"),
                        containsString("id=\"count-due\">0<"))));

        // Once its time has come it is due: still on the list, now counted among today's calls.
        jdbc.sql("update tasks set callback_at = ? where id = ?").params(Timestamp.from(clock.instant().minusSeconds(60)), id).update();
        mvc.perform(get("/workbench/counts").param("lang", "en").with(user("pm01").roles("PHONE_MANAGER")))
                .andExpect(content().string(allOf(containsString("id=\"count-due\">1<"), containsString("0 not yet due"))));
        mvc.perform(get("/api/v1/tasks/" + id).with(httpBasic("pm01", SubscriberFixture.PASSWORD)))
                .andExpect(jsonPath("$.due").value("CALLBACK_DUE"));

        mvc.perform(post("/workbench/tasks/" + id + "/callback").param("at", "tomorrow at ten").param("lang", "en")
                        .header("HX-Request", "true").with(user("pm01").roles("PHONE_MANAGER")).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("at: not a day and time")));
    }

    @Test
    void aSupervisorRebalancesWithinCapacityAndBookAndIsToldWhyNot() throws Exception {
        long high = task(OF_PM01, "pm01", "BIRTHDAY", today, 300);
        long low = task(OF_PM02, "pm01", "SPEND_DROP", today, 100); // in pm02's and am01's (G001) books
        long closed = task(UNASSIGNED, "pm02", "BIRTHDAY", today, 50);
        jdbc.sql("update tasks set status = 'DONE', outcome = 'REACHED' where id = ?").param(closed).update();

        mvc.perform(post("/workbench/team/rebalance").param("from", "pm01").param("count", "many").param("lang", "en")
                        .header("HX-Request", "true").with(user("supervisor").roles("SUPERVISOR")).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("count: a whole number")));
        jdbc.sql("update staff set daily_capacity = 0 where username = 'am01'").update();
        mvc.perform(post("/workbench/team/rebalance").param("from", "pm01").param("count", "1").param("to", "am01")
                        .param("lang", "en").header("HX-Request", "true").with(user("supervisor").roles("SUPERVISOR")).with(csrf()))
                .andExpect(status().isConflict()).andExpect(content().string(containsString("am01 has room for 0")));
        jdbc.sql("update staff set daily_capacity = 20 where username = 'am01'").update();
        // The least valuable first, and only what am01's book has: the SPEND_DROP task of OF_PM02.
        mvc.perform(post("/workbench/team/rebalance").param("from", "pm01").param("count", "1").param("to", "am01")
                        .param("lang", "en").header("HX-Request", "true").with(user("supervisor").roles("SUPERVISOR")).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Moved 1 of pm01&#39;s tasks to am01")));
        assertThat(jdbc.sql("select assignee from tasks where id = ?").param(low).query(String.class).single()).isEqualTo("am01");
        // What is left (OF_PM01's) is in no book but pm01's.
        mvc.perform(post("/workbench/team/rebalance").param("from", "pm01").param("count", "1").param("to", "pm02")
                        .param("lang", "en").header("HX-Request", "true").with(user("supervisor").roles("SUPERVISOR")).with(csrf()))
                .andExpect(status().isConflict()).andExpect(content().string(containsString("in pm02&#39;s book")));
        // To the pool: status NEW, nobody's.
        mvc.perform(post("/workbench/team/rebalance").param("from", "pm01").param("count", "5")
                        .param("lang", "en").header("HX-Request", "true").with(user("supervisor").roles("SUPERVISOR")).with(csrf()))
                .andExpect(status().isOk());
        assertThat(jdbc.sql("select coalesce(assignee, '-') || ' ' || status from tasks where id = ?").param(high)
                .query(String.class).single()).isEqualTo("- NEW");
        assertThat(jdbc.sql("select count(*) from audit_log where actor = 'supervisor' and action = 'task.rebalanced'")
                .query(Long.class).single()).isEqualTo(2);
        // A closed task is not reassigned; a phone manager may not rebalance.
        mvc.perform(post("/workbench/team/assign").param("task", String.valueOf(closed)).param("assignee", "pm01")
                        .param("lang", "zh").header("HX-Request", "true").with(user("supervisor").roles("SUPERVISOR")).with(csrf()))
                .andExpect(status().isConflict()).andExpect(content().string(containsString("该任务已结束")));
        mvc.perform(post("/workbench/team/rebalance").param("from", "pm02").param("count", "1")
                        .with(user("pm01").roles("PHONE_MANAGER")).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void theHotlineSeesWhenATaskWasOpenedInTheOperatorsTime() {
        long id = task(OF_PM01, "pm01", "BIRTHDAY", today, 300);
        jdbc.sql("update tasks set created_at = ? where id = ?")
                .params(Timestamp.from(Instant.parse("2026-12-07T02:00:00Z")), id).update();
        List<io.manyi.hotline.OpenItem> items = openItems.stream().flatMap(s -> s.open(OF_PM01, 5).items().stream())
                .filter(i -> i.kind().equals("TASK")).toList();
        assertThat(items).singleElement().satisfies(i ->
                assertThat(i.openedAt()).isEqualTo(java.time.LocalDateTime.parse("2026-12-07T10:00")));
    }

    @Test
    void theListFiltersTheTaskOpensBesideItsThreeSixtyAndAnOutcomeChangesTheCounts() throws Exception {
        long birthday = task(OF_PM01, "pm01", "BIRTHDAY", today, 300);
        long other = task(OF_PM02, "pm02", "SPEND_DROP", today, 200);

        mvc.perform(get("/workbench").param("type", "SPEND_DROP").with(user("pm01").roles("PHONE_MANAGER")))
                .andExpect(content().string(allOf(not(containsString("id=\"row-" + birthday + "\"")), containsString("没有符合筛选条件的任务"))));
        mvc.perform(get("/workbench").param("type", "BIRTHDAY").param("status", "OPEN").param("due", "today")
                        .header("HX-Request", "true").header("HX-Target", "day-list").with(user("pm01").roles("PHONE_MANAGER")))
                .andExpect(content().string(allOf(containsString("id=\"row-" + birthday + "\""), not(containsString("<html")))));
        mvc.perform(get("/workbench").param("due", "soon").param("lang", "en").with(user("pm01").roles("PHONE_MANAGER")))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("due: &#39;soon&#39;")));
        mvc.perform(get("/workbench").param("due", "soon").param("lang", "zh").with(user("pm01").roles("PHONE_MANAGER")))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("到期：请选择列表中的一项。")));

        // The panel: the card and the subscriber feature's 360 (plan, usage); the number masked.
        mvc.perform(get("/workbench/tasks/" + birthday + "/panel").param("lang", "en").with(user("pm01").roles("PHONE_MANAGER")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"task-" + birthday + "\""), containsString("id=\"panel-360\""),
                        containsString("全球通 58 元套餐"), containsString("138****0001"), not(containsString(OF_PM01)))));
        assertThat(jdbc.sql("select count(*) from audit_log where actor = 'pm01' and action = 'subscriber.view' and subject = ?")
                .param(OF_PM01).query(Long.class).single()).isEqualTo(1);
        // Another manager's task, by any path: refused.
        mvc.perform(get("/workbench/tasks/" + other + "/panel").with(user("pm01").roles("PHONE_MANAGER"))).andExpect(status().isForbidden());
        mvc.perform(get("/workbench/tasks/" + other).with(user("pm01").roles("PHONE_MANAGER"))).andExpect(status().isForbidden());
        mvc.perform(get("/workbench").param("assignee", "pm02").with(user("pm01").roles("PHONE_MANAGER"))).andExpect(status().isForbidden());

        mvc.perform(get("/workbench/counts").with(user("pm01").roles("PHONE_MANAGER")))
                .andExpect(content().string(allOf(containsString("id=\"count-open\">1<"), containsString("id=\"count-finished\">0<"))));
        mvc.perform(post("/workbench/tasks/" + birthday + "/outcome").param("outcome", "REACHED_ACCEPTED")
                        .header("HX-Request", "true").with(user("pm01").roles("PHONE_MANAGER")).with(csrf()))
                .andExpect(status().isOk()).andExpect(header().string("HX-Trigger", "workbench-changed"));
        mvc.perform(get("/workbench/counts").with(user("pm01").roles("PHONE_MANAGER")))
                .andExpect(content().string(allOf(containsString("id=\"count-open\">0<"), containsString("id=\"count-finished\">1<"))));
    }

    @Test
    void everyTaskDispatchedToAnAccountManagerOpensForThem() throws Exception {
        // G001 (am01) has OF_PM02; G002 (am01 too) had UNASSIGNED, who left: a group moment detected before
        // the departure still names am01, whose book no longer has the subscriber.
        jdbc.sql("insert into group_customers values ('G002', '广州某贸易有限公司', 'B', '广州', 'TRADE', 'am01')").update();
        jdbc.sql("insert into group_members values ('G002', ?, '2020-01-01', ?)").params(UNASSIGNED, today.minusDays(1)).update();
        for (String[] m : List.of(new String[] {OF_PM02, "G001"}, new String[] {UNASSIGNED, "G002"})) {
            jdbc.sql("""
                    insert into moments (type, msisdn, occurrence, detected_on, window_ends, source, detail_zh, detail_en,
                                         value_yuan, expected_value, status, created_at, group_id, owner)
                    values ('GROUP_NEW_MEMBER', ?, 'G', ?, ?, 'BATCH', '集团新成员', 'new in the group', 100, 80, 'NEW', now(),
                            ?, 'am01')
                    """).params(m[0], today, today.plusDays(10), m[1]).update();
        }
        dispatch.dispatch(today);
        List<Long> ofAm01 = jdbc.sql("select id from tasks where assignee = 'am01'").query(Long.class).list();
        assertThat(ofAm01).hasSize(1);
        assertThat(jdbc.sql("select count(*) from tasks where msisdn = ? and assignee is null").param(UNASSIGNED)
                .query(Long.class).single()).as("not am01's any more: the pool").isEqualTo(1);
        for (long id : ofAm01) {
            mvc.perform(get("/workbench/tasks/" + id).with(user("am01").roles("ACCOUNT_MANAGER")))
                    .andExpect(status().isOk())
                    .andExpect(content().string(allOf(containsString("id=\"panel-360\""), not(containsString("panel-out-of-book")))));
            String ref = jdbc.sql("select msisdn from tasks where id = ?").param(id).query(String.class).single();
            mvc.perform(get("/subscribers/" + ref).with(user("am01").roles("ACCOUNT_MANAGER"))).andExpect(status().isOk());
        }
        mvc.perform(get("/workbench").with(user("am01").roles("ACCOUNT_MANAGER")))
                .andExpect(content().string(containsString("id=\"row-" + ofAm01.getFirst() + "\"")));

        // Nor can a supervisor hand am01 a task whose subscriber is not in their book.
        long pool = jdbc.sql("select id from tasks where msisdn = ?").param(UNASSIGNED).query(Long.class).single();
        mvc.perform(post("/workbench/team/assign").param("task", String.valueOf(pool)).param("assignee", "am01")
                        .param("lang", "en").header("HX-Request", "true").with(user("supervisor").roles("SUPERVISOR")).with(csrf()))
                .andExpect(status().isConflict()).andExpect(content().string(containsString("not in am01&#39;s book")));
    }
}
