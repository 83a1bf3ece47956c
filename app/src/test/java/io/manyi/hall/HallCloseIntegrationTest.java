package io.manyi.hall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.manyi.platform.Role;
import io.manyi.platform.security.CurrentUser;
import io.manyi.platform.security.DemoUsers;
import io.manyi.testing.IntegrationTest;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Set;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@IntegrationTest
@AutoConfigureMockMvc
class HallCloseIntegrationTest {

    private static final String PASSWORD = DemoUsers.PASSWORD;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoUsers demoUsers;

    @Autowired
    HallDays days;

    @Autowired
    Clock clock;

    private LocalDate day1;
    private LocalDate day2;

    @BeforeEach
    void fixture() {
        LocalDate today = LocalDate.now(clock);
        day1 = today.minusDays(2);
        day2 = today.minusDays(1);
        HallFixture.load(jdbc, demoUsers, day1);
    }

    private ResultActions close(LocalDate day, String body, String who) throws Exception {
        return mvc.perform(post("/api/v1/halls/H1/days/" + day + "/close").contentType(MediaType.APPLICATION_JSON)
                .content(body).with(httpBasic(who, PASSWORD)));
    }

    private static final String SHORT_COUNT = """
            {"cash": {"CASH": "90.00", "WECHAT": "50.50"}, "stock": {"SIM": "105-149"}, "unusedInvoices": "1003-1099"%s}
            """;

    @Test
    void aDifferenceBlocksTheCloseUntilExplainedAndTheClosedDayCannotChange() throws Exception {
        close(day2, SHORT_COUNT.formatted(""), "clerk1").andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("previous-day-open"));
        close(day1, SHORT_COUNT.formatted(""), "clerk1").andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("differences"))
                .andExpect(jsonPath("$.unexplained[0].key").value("cash.CASH"))
                .andExpect(jsonPath("$.unexplained.length()").value(1));
        assertThat(jdbc.sql("select count(*) from hall_day_closes").query(Long.class).single()).isZero();
        close(day1, SHORT_COUNT.formatted(", \"explanations\": {\"cash.CASH\": \"找零多付，营业员已补齐\"}"), "clerk1")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.cards[0].expectedClosing").value(45))
                .andExpect(jsonPath("$.invoices.issued").value(2))
                .andExpect(jsonPath("$.differences[0].key").value("cash.CASH"));
        close(day1, SHORT_COUNT.formatted(""), "clerk1").andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("already-closed"));

        assertThatThrownBy(() -> jdbc.sql("""
                insert into hall_transactions (hall_id, business_day, clerk, method, amount, kind, recorded_at)
                values ('H1', ?, 'clerk1', 'CASH', 1.00, 'TOP_UP', now())""").param(Date.valueOf(day1)).update())
                .hasMessageContaining("is closed");
        assertThatThrownBy(() -> jdbc.sql("update hall_day_closes set differences = 0").update())
                .hasMessageContaining("not allowed");
        assertThatThrownBy(() -> jdbc.sql("delete from hall_invoices").update()).hasMessageContaining("is closed");

        // The next day opens with what was counted.
        mvc.perform(get("/api/v1/halls/H1/days/" + day2).with(httpBasic("clerk1", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.cards.SIM.opening.serials").value("105-149"))
                .andExpect(jsonPath("$.cards.SIM.opening.count").value(45))
                .andExpect(jsonPath("$.counted").value(Matchers.nullValue()));
    }

    @Test
    void onlyTheHallManagerCorrectsAClosedDayAndTheCorrectionBecomesTheNextOpening() throws Exception {
        close(day1, SHORT_COUNT.formatted(", \"explanations\": {\"cash.CASH\": \"short\"}"), "clerk1").andExpect(status().isCreated());
        String correction = """
                {"item": "stock.SIM", "value": "105-148", "reason": "one card found damaged in the drawer"}""";
        mvc.perform(post("/api/v1/halls/H1/days/" + day1 + "/corrections").contentType(MediaType.APPLICATION_JSON)
                .content(correction).with(httpBasic("clerk1", PASSWORD))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/halls/H1/days/" + day1 + "/corrections").contentType(MediaType.APPLICATION_JSON)
                        .content(correction).with(httpBasic("boss1", PASSWORD)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.corrections[0].before").value("105-149"))
                .andExpect(jsonPath("$.counted.stock.SIM").value("105-148"));
        mvc.perform(post("/api/v1/halls/H1/days/" + day1 + "/corrections").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"item\": \"cash.CASH\", \"value\": \"100\", \"reason\": \" \"}").with(httpBasic("boss1", PASSWORD)))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("reason-required"));
        HallDays.DayView next = days.day(new CurrentUser("t", Set.of(Role.ADMIN)), "H1", day2);
        assertThat(next.cards().get("SIM").opening()).isEqualTo(SerialRanges.parse("105-148"));
        assertThat(next.invoices().openingUnused()).isEqualTo(SerialRanges.parse("1003-1099"));
    }

    @Test
    void aMonthClosesOnlyAfterItEndedAndEveryDayClosed() throws Exception {
        YearMonth last = YearMonth.from(LocalDate.now(clock)).minusMonths(1);
        jdbc.sql("insert into halls values ('H3', '老厅', 'C', '佛山', null, ?)").param(Date.valueOf(last.atDay(1))).update();
        CurrentUser admin = new CurrentUser("admin", Set.of(Role.ADMIN));
        assertThatThrownBy(() -> days.closeMonth(admin, "H3", YearMonth.from(LocalDate.now(clock))))
                .isInstanceOfSatisfying(CloseRefused.class, e -> assertThat(e.code()).isEqualTo("month-not-ended"));
        CountForm nothing = new CountForm(Map.of(), Map.of(), "", Map.of());
        for (LocalDate d = last.atDay(1); d.isBefore(last.atEndOfMonth()); d = d.plusDays(1)) {
            days.close(admin, "H3", d, nothing);
        }
        mvc.perform(post("/api/v1/halls/H3/months/" + last + "/close").with(httpBasic("admin", PASSWORD)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("month-open-days"))
                .andExpect(jsonPath("$.found[0]").value(last.atEndOfMonth().toString()));
        days.close(admin, "H3", last.atEndOfMonth(), nothing);
        mvc.perform(post("/api/v1/halls/H3/months/" + last + "/close").with(httpBasic("admin", PASSWORD)))
                .andExpect(status().isCreated());
        assertThat(jdbc.sql("select count(*) from hall_month_closes where hall_id = 'H3'").query(Long.class).single()).isOne();
    }

    @Test
    void clerksReachTheirOwnHallAndOnlySupervisorsRecordChecks() throws Exception {
        mvc.perform(get("/api/v1/halls").with(httpBasic("clerk2", PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.count").value(1))
                .andExpect(jsonPath("$.items[0].hallId").value("H2"));
        mvc.perform(get("/api/v1/halls/H1/days/" + day1).with(httpBasic("clerk2", PASSWORD))).andExpect(status().isForbidden());
        close(day1, SHORT_COUNT.formatted(""), "clerk2").andExpect(status().isForbidden());
        String check = """
                {"clerk": "clerk1", "day": "%s", "kind": "MYSTERY_SHOPPER", "score": 88, "maxScore": 100, "note": "greeting late"}
                """.formatted(day1);
        mvc.perform(post("/api/v1/halls/H1/checks").contentType(MediaType.APPLICATION_JSON).content(check)
                .with(httpBasic("clerk1", PASSWORD))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/halls/H1/checks").contentType(MediaType.APPLICATION_JSON).content(check)
                .with(httpBasic("supervisor", PASSWORD))).andExpect(status().isCreated());
        mvc.perform(post("/api/v1/halls/H1/checks").contentType(MediaType.APPLICATION_JSON)
                        .content(check.replace("clerk1", "clerk2")).with(httpBasic("supervisor", PASSWORD)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/halls/H1/checks").param("month", YearMonth.from(day1).toString())
                        .with(httpBasic("clerk1", PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.count").value(1))
                .andExpect(jsonPath("$.items[0].score").value(88.0));
    }

    @Test
    void theClerksPageShowsTheFiguresAndAsksForExplanations() throws Exception {
        mvc.perform(get("/halls/H1/days/" + day1).with(user("clerk1").roles("HALL_CLERK")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("105-149")))
                .andExpect(content().string(Matchers.containsString("1003-1099")));
        mvc.perform(post("/halls/H1/days/" + day1 + "/close").with(user("clerk1").roles("HALL_CLERK")).with(csrf())
                        .param("cash.CASH", "90").param("cash.WECHAT", "50.50").param("stock.SIM", "105-149")
                        .param("unusedInvoices", "1003-1099"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("name=\"explain.cash.CASH\"")));
        mvc.perform(post("/halls/H1/days/" + day1 + "/close").with(user("clerk1").roles("HALL_CLERK")).with(csrf())
                        .param("cash.CASH", "90").param("cash.WECHAT", "50.50").param("stock.SIM", "105-149")
                        .param("unusedInvoices", "1003-1099").param("explain.cash.CASH", "找零错误"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/halls/H1/days/" + day1).with(user("clerk1").roles("HALL_CLERK")))
                .andExpect(content().string(Matchers.containsString("找零错误")));
    }
}
