package io.manyi.loyalty;

import static io.manyi.loyalty.LoyaltyFixture.OTHER;
import static io.manyi.loyalty.LoyaltyFixture.RICH;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.manyi.platform.security.DemoUsers;
import io.manyi.testing.IntegrationTest;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The points pages in both languages, the 360 panel and its data scope. */
@IntegrationTest
@AutoConfigureMockMvc
class LoyaltyPagesIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoUsers demoUsers;

    @Autowired
    Clock clock;

    @BeforeEach
    void fixture() {
        LoyaltyFixture.load(jdbc, demoUsers);
        LoyaltyFixture.earn(jdbc, clock, RICH, 4321);
    }

    @Test
    void loyaltyPageShowsCatalogSettlementsAndLiabilityToAnAdmin() throws Exception {
        mvc.perform(get("/loyalty").param("lang", "en").with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("DATA-1G")))
                .andExpect(content().string(containsString("Merchant settlements")))
                .andExpect(content().string(containsString("4,321"))); // numbers per locale, thousands separated
        mvc.perform(get("/loyalty").param("lang", "zh").with(user("agent").roles("AGENT")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("兑换目录")))
                .andExpect(content().string(not(containsString("积分负债"))));
    }

    @Test
    void panelShowsBalanceStatementAndEntriesWithinTheDataScope() throws Exception {
        mvc.perform(get("/loyalty/panel/" + RICH).param("lang", "en").with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"points-balance\" class=\"big\">4,321<")))
                .andExpect(content().string(containsString("Statement of cycle")))
                .andExpect(content().string(containsString("Accrual")));
        // "In N days" of the next expiry: counted here from the ledger's row and today in the operator's zone.
        java.time.LocalDate expires = jdbc.sql("select min(expires_on) from points_entries where msisdn = ? and points > 0")
                .param(RICH).query(java.time.LocalDate.class).single();
        long days = java.time.temporal.ChronoUnit.DAYS.between(java.time.LocalDate.now(clock), expires);
        mvc.perform(get("/loyalty/panel/" + RICH).param("lang", "en").with(user("admin").roles("ADMIN")))
                .andExpect(content().string(containsString("on " + expires + " (in " + days + " days)")));
        mvc.perform(get("/loyalty/panel/" + RICH).param("lang", "zh").with(user("admin").roles("ADMIN")))
                .andExpect(content().string(containsString(expires + " 到期（" + days + "天后）")));
        mvc.perform(get("/loyalty/panel/" + RICH).with(user("pm01").roles("PHONE_MANAGER")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/loyalty/panel/" + OTHER).with(user("pm01").roles("PHONE_MANAGER")))
                .andExpect(status().isOk());
    }
}
