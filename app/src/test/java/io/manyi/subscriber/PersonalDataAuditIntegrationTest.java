package io.manyi.subscriber;

import static io.manyi.subscriber.SubscriberFixture.OF_PM01;
import static io.manyi.subscriber.SubscriberFixture.OF_PM02;
import static io.manyi.subscriber.SubscriberFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.manyi.complaints.CategorySeed;
import io.manyi.complaints.ComplaintFixture;
import io.manyi.platform.security.DemoUsers;
import io.manyi.testing.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * docs/security.md promises every read of personal data is audited, one row per request naming
 * every number it returned; read through {@code GET /api/v1/audit?actor=} as the contract says.
 * Also: the numbers in these answers are masked as the reader's roles say.
 */
@IntegrationTest
@AutoConfigureMockMvc
class PersonalDataAuditIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoUsers demoUsers;

    @Autowired
    CategorySeed seed;

    @Autowired
    JsonMapper json;

    private long ticketId;

    @BeforeEach
    void province() throws Exception {
        ComplaintFixture.load(jdbc, demoUsers, seed);
        jdbc.sql("insert into points_merchants values ('M-COFFEE', '街角咖啡', 'Corner Coffee')").update();
        for (String msisdn : List.of(OF_PM01, OF_PM02)) {
            jdbc.sql("insert into points_accounts (msisdn, opened_at, balance) values (?, now(), 500)").param(msisdn).update();
            jdbc.sql("""
                    insert into points_entries (msisdn, type, points, effective_on, idempotency_key, created_by, created_at)
                    values (?, 'ADJUSTMENT', 500, current_date, ?, 'test', now())
                    """).params(msisdn, "audit-test:" + msisdn).update();
        }
        jdbc.sql("""
                insert into points_authorisations (merchant, msisdn, points, status, authorised_at, hold_until, settled_at)
                values ('M-COFFEE', ?, 100, 'CAPTURED', now(), now(), now())
                """).param(OF_PM02).update();
        long auction = jdbc.sql("""
                insert into points_auctions (title_zh, title_en, reserve, ends_at, status)
                values ('贵宾厅', 'Lounge', 100, now() + interval '1 day', 'OPEN') returning id
                """).query(Long.class).single();
        jdbc.sql("insert into points_bids (auction_id, msisdn, points, status, placed_at) values (?, ?, 200, 'HELD', now())")
                .params(auction, OF_PM02).update();
        String ticket = mvc.perform(post("/api/v1/tickets").with(httpBasic("agent", PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"msisdn\":\"" + OF_PM02 + "\",\"channel\":\"HOTLINE\",\"category\":\"OTHER\",\"severity\":\"LOW\","
                                + "\"description\":\"audit test\"}"))
                .andReturn().getResponse().getContentAsString();
        ticketId = json.readTree(ticket).get("id").asLong();
        jdbc.sql("""
                insert into surveys (msisdn, touchpoint, ticket_id, dimensions, status, sent_at, dedup_key)
                values (?, 'PERIODIC', null, '', 'SENT', now(), 'audit-test')
                """).param(OF_PM02).update();
        jdbc.sql("""
                insert into callback_tasks (reason, msisdn, ticket_id, due_at, created_at, dedup_key)
                values ('COMPLAINT_CLOSED', ?, ?, now(), now(), 'audit-test')
                """).params(OF_PM02, ticketId).update();
        jdbc.sql("""
                insert into survey_replies (survey_id, msisdn, text, received_at, understood, counted)
                values (null, ?, '???', now(), false, false)
                """).param(OF_PM02).update();
        jdbc.sql("delete from audit_log").update();
    }

    @Test
    void everyPointsReadOfAPhoneManagerIsInTheirAuditNamingTheNumber() throws Exception {
        read(get("/api/v1/loyalty/accounts/" + OF_PM01).with(httpBasic("pm01", PASSWORD)));
        read(get("/api/v1/loyalty/accounts/" + OF_PM01 + "/entries").with(httpBasic("pm01", PASSWORD)));
        read(get("/api/v1/loyalty/accounts").with(httpBasic("pm01", PASSWORD)));
        read(get("/loyalty/panel/" + OF_PM01).with(user("pm01").roles("PHONE_MANAGER")));
        JsonNode auctions = read(get("/api/v1/loyalty/auctions").with(httpBasic("pm01", PASSWORD)));
        // The highest bidder is not in pm01's book: left out, not even masked.
        JsonNode bidder = auctions.get("items").get(0).path("highestBidder");
        assertThat(bidder.isNull() || bidder.isMissingNode()).isTrue();

        List<String> entries = auditOf("pm01", 20);
        for (String single : List.of("loyalty.account.view", "loyalty.entry.list", "loyalty.panel.view")) {
            assertThat(entries).as(single).anyMatch(e -> e.startsWith(single + " " + OF_PM01));
        }
        assertThat(entries).anyMatch(e -> e.startsWith("loyalty.account.list 1 subscribers: " + OF_PM01)
                && e.contains("msisdns=" + OF_PM01));
        assertThat(entries).anyMatch(e -> e.startsWith("loyalty.auction.list "));
        assertThat(entries).noneMatch(e -> e.contains(OF_PM02));
    }

    @Test
    void everyReadOfAnAdminIsAuditedNamingEveryNumberReturned() throws Exception {
        read(get("/api/v1/loyalty/accounts/" + OF_PM02).with(httpBasic("admin", PASSWORD)));
        read(get("/api/v1/loyalty/accounts/" + OF_PM02 + "/entries").with(httpBasic("admin", PASSWORD)));
        read(get("/api/v1/loyalty/accounts").with(httpBasic("admin", PASSWORD)));
        read(get("/api/v1/loyalty/auctions").with(httpBasic("admin", PASSWORD)));
        long auction = jdbc.sql("select id from points_auctions").query(Long.class).single();
        read(get("/api/v1/loyalty/auctions/" + auction).with(httpBasic("admin", PASSWORD)));
        long payment = jdbc.sql("select id from points_authorisations").query(Long.class).single();
        read(get("/api/v1/loyalty/merchant-payments/" + payment).with(httpBasic("admin", PASSWORD)));
        String month = YearMonth.now().toString();
        read(get("/api/v1/loyalty/settlements").param("month", month).with(httpBasic("admin", PASSWORD)));
        read(get("/api/v1/loyalty/settlements/M-COFFEE").param("month", month).with(httpBasic("admin", PASSWORD)));
        read(get("/api/v1/tickets").with(httpBasic("admin", PASSWORD)));
        read(get("/tmf-api/troubleTicket/v4/troubleTicket").with(httpBasic("admin", PASSWORD)));
        read(get("/tmf-api/troubleTicket/v4/troubleTicket/" + ticketId).with(httpBasic("admin", PASSWORD)));
        read(get("/api/v1/surveys").with(httpBasic("admin", PASSWORD)));
        read(get("/api/v1/callbacks").with(httpBasic("admin", PASSWORD)));
        read(get("/api/v1/surveys/replies/unknown").with(httpBasic("admin", PASSWORD)));
        read(get("/api/v1/do-not-call").with(httpBasic("admin", PASSWORD)));
        read(get("/loyalty/panel/" + OF_PM02).with(user("admin").roles("ADMIN")));
        read(get("/complaints/lookup").param("msisdn", OF_PM02).with(user("admin").roles("ADMIN")));
        read(get("/complaints").with(user("admin").roles("ADMIN")));

        List<String> entries = auditOf("admin", 100);
        for (String single : List.of("loyalty.account.view", "loyalty.entry.list", "loyalty.payment.view", "loyalty.panel.view",
                "complaints.lookup.view", "ticket.view")) {
            assertThat(entries).as(single).anyMatch(e -> e.startsWith(single + " " + OF_PM02));
        }
        for (String list : List.of("loyalty.account.list", "loyalty.auction.list", "loyalty.auction.view", "loyalty.settlement.list",
                "loyalty.settlement.view", "ticket.list", "survey.list", "callback.list", "survey.reply.list")) {
            assertThat(entries).as(list).anyMatch(e -> e.startsWith(list + " ") && e.matches(".* msisdns=(.*,)?" + OF_PM02 + "(,.*)?"));
        }
        // The ticket list is read three ways (API, TMF621, the desk page): one row each.
        assertThat(entries).filteredOn(e -> e.startsWith("ticket.list ")).hasSize(3);
        assertThat(entries).anyMatch(e -> e.startsWith("do-not-call.list "));
    }

    @Test
    void anAnalystSeesSettlementsAndPaymentsMasked() throws Exception {
        String month = YearMonth.now().toString();
        JsonNode settlement = read(get("/api/v1/loyalty/settlements/M-COFFEE").param("month", month)
                .with(httpBasic("analyst", PASSWORD)));
        assertThat(settlement.get("lines").get(0).get("msisdn").asString()).isEqualTo(Masking.msisdn(OF_PM02));
        long payment = jdbc.sql("select id from points_authorisations").query(Long.class).single();
        assertThat(read(get("/api/v1/loyalty/merchant-payments/" + payment).with(httpBasic("analyst", PASSWORD)))
                .get("msisdn").asString()).isEqualTo(Masking.msisdn(OF_PM02));
        String csv = mvc.perform(get("/loyalty/settlements/M-COFFEE.csv").param("month", month)
                        .with(user("analyst").roles("ANALYST"))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains(Masking.msisdn(OF_PM02)).doesNotContain(OF_PM02);
        JsonNode auctions = read(get("/api/v1/loyalty/auctions").with(httpBasic("analyst", PASSWORD)));
        assertThat(auctions.get("items").get(0).get("highestBidder").asString()).isEqualTo(Masking.msisdn(OF_PM02));
        assertThat(auditOf("analyst", 20)).anyMatch(e -> e.startsWith("loyalty.settlement.view ") && e.contains("msisdns=" + OF_PM02));
    }

    private JsonNode read(MockHttpServletRequestBuilder request) throws Exception {
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(200);
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        return response.getContentType() != null && response.getContentType().contains("json") ? json.readTree(body) : null;
    }

    /** "action subject [detail]" of the actor's entries, as the audit API gives them to an admin. */
    private List<String> auditOf(String actor, int limit) throws Exception {
        String body = mvc.perform(get("/api/v1/audit").param("actor", actor).param("limit", String.valueOf(limit))
                .with(httpBasic("admin", PASSWORD))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        JsonNode root = json.readTree(body);
        JsonNode items = root.get("items");
        List<String> entries = new ArrayList<>();
        for (JsonNode item : items) {
            String detail = item.hasNonNull("detail") ? " " + item.get("detail").asString() : "";
            entries.add(item.get("action").asString() + " " + item.get("subject").asString() + detail);
        }
        return entries;
    }
}
