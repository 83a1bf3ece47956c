package io.manyi.loyalty;

import static io.manyi.loyalty.LoyaltyFixture.OTHER;
import static io.manyi.loyalty.LoyaltyFixture.RICH;
import static io.manyi.subscriber.SubscriberFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.manyi.platform.security.DemoUsers;
import io.manyi.testing.IntegrationTest;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The loyalty contract lines of issue 3, as written. */
@IntegrationTest
@AutoConfigureMockMvc
class LoyaltyApiIntegrationTest {

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
        LoyaltyFixture.earn(jdbc, clock, RICH, 4000);
        LoyaltyFixture.earn(jdbc, clock, OTHER, 200);
    }

    @Test
    void adminListsEligibleAccountsWithUnmaskedNumbers() throws Exception {
        mvc.perform(get("/api/v1/loyalty/accounts").param("eligible", "true").param("limit", "10")
                        .with(httpBasic("admin", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.count").value(1))
                .andExpect(jsonPath("$.items[0].msisdn").value(RICH))
                .andExpect(jsonPath("$.items[0].balance").value(4000))
                .andExpect(jsonPath("$.items[0].eligible").value(true));
        mvc.perform(get("/api/v1/loyalty/accounts").param("limit", "10").with(httpBasic("supervisor", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.count").value(2));
    }

    @Test
    void accountHasAnIntegerBalanceAndEntriesThatSumToIt() throws Exception {
        adjust(RICH, "-150", "goodwill correction", "adj-1").andExpect(status().isCreated());
        mvc.perform(get("/api/v1/loyalty/accounts/" + RICH).with(httpBasic("admin", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.balance").value(3850))
                .andExpect(jsonPath("$.eligible").value(true))
                .andExpect(jsonPath("$.expiringPoints").value(3850));
        String entries = mvc.perform(get("/api/v1/loyalty/accounts/" + RICH + "/entries").with(httpBasic("admin", PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(com.jayway.jsonpath.JsonPath.<java.util.List<Integer>>read(entries, "$.items[*].points"))
                .containsExactlyInAnyOrder(4000, -150);
        mvc.perform(get("/api/v1/loyalty/accounts/13000000000").with(httpBasic("admin", PASSWORD)))
                .andExpect(status().isNotFound());
    }

    @Test
    void adjustmentBelowZeroIs409AndAKeyReplaysItsFirstAnswer() throws Exception {
        adjust(OTHER, "-201", "too much", "adj-a").andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("insufficient-points"));
        String first = adjust(OTHER, "50", "welcome", "adj-b").andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        long entries = LoyaltyFixture.entries(jdbc, OTHER);
        String replay = adjust(OTHER, "50", "welcome", "adj-b").andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        assertThat(replay).isEqualTo(first);
        assertThat(LoyaltyFixture.entries(jdbc, OTHER)).isEqualTo(entries);
        assertThat(LoyaltyFixture.balance(jdbc, OTHER)).isEqualTo(250);
        adjust(OTHER, "51", "welcome", "adj-b").andExpect(status().isUnprocessableContent());
        mvc.perform(post("/api/v1/loyalty/accounts/" + OTHER + "/adjustments").header("Idempotency-Key", "adj-c")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"points\": 5, \"reason\": \"x\"}")
                        .with(httpBasic("agent", PASSWORD)))
                .andExpect(status().isForbidden());
    }

    @Test
    void catalogListsCostAndStockWithNullForUnlimited() throws Exception {
        mvc.perform(get("/api/v1/loyalty/catalog").with(httpBasic("agent", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].code").value("DATA-1G"))
                .andExpect(jsonPath("$.items[0].costPoints").value(100))
                .andExpect(jsonPath("$.items[0].stock").value(nullValue()))
                .andExpect(jsonPath("$.items[*].code").value(hasItem("LOUNGE")));
    }

    @Test
    void redemptionIs201ThenReplayedAnd409WhenPointsDoNotSuffice() throws Exception {
        String first = redeem(RICH, "LOUNGE", 1, "r-1").andExpect(status().isCreated())
                .andExpect(jsonPath("$.points").value(300))
                .andExpect(jsonPath("$.balance").value(3700))
                .andReturn().getResponse().getContentAsString();
        long entries = LoyaltyFixture.entries(jdbc, RICH);
        redeem(RICH, "LOUNGE", 1, "r-1").andExpect(status().isCreated())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString()).isEqualTo(first));
        assertThat(LoyaltyFixture.entries(jdbc, RICH)).isEqualTo(entries);
        assertThat(jdbc.sql("select stock from points_catalog where code = 'LOUNGE'").query(Integer.class).single()).isEqualTo(4);

        redeem(RICH, "DATA-1G", 38, "r-2").andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("insufficient-points"));
        redeem(RICH, "DATA-1G", 37, "r-3").andExpect(status().isCreated()).andExpect(jsonPath("$.balance").value(0));
        redeem(OTHER, "DATA-1G", 1, "r-4").andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("not-eligible"));
        assertThat(LoyaltyFixture.balance(jdbc, RICH)).isZero();
        // Every write audited once, whether stored with its key (first answers) or after it (the replay).
        assertThat(jdbc.sql("""
                        select detail from audit_log where action = 'http.post' and subject = '/api/v1/loyalty/redemptions'
                        order by id""").query(String.class).list())
                .containsExactly("status=201", "status=201", "status=409", "status=201", "status=409");
    }

    @Test
    void perSubscriberLimitAndStockAreKept() throws Exception {
        redeem(RICH, "LOUNGE", 2, "l-1").andExpect(status().isCreated());
        redeem(RICH, "LOUNGE", 1, "l-2").andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("limit-reached"));
    }

    @Test
    void theLedgerRefusesUpdatesAndDeletes() {
        assertThatThrownBy(() -> jdbc.sql("update points_entries set points = 1").update()).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from points_entries").update()).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("""
                insert into points_entries (msisdn, type, points, effective_on, idempotency_key, created_by, created_at)
                select msisdn, type, points, effective_on, idempotency_key, 'x', now() from points_entries limit 1
                """).update()).hasMessageContaining("idempotency_key");
    }

    private ResultActions adjust(String msisdn, String points, String reason, String key) throws Exception {
        return mvc.perform(post("/api/v1/loyalty/accounts/" + msisdn + "/adjustments").header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).content("{\"points\": " + points + ", \"reason\": \"" + reason + "\"}")
                .with(httpBasic("admin", PASSWORD)));
    }

    private ResultActions redeem(String msisdn, String item, int quantity, String key) throws Exception {
        return mvc.perform(post("/api/v1/loyalty/redemptions").header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"msisdn\": \"" + msisdn + "\", \"item\": \"" + item + "\", \"quantity\": " + quantity + "}")
                .with(httpBasic("admin", PASSWORD)));
    }
}
