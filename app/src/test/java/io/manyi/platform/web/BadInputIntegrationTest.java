package io.manyi.platform.web;

import static io.manyi.subscriber.SubscriberFixture.OF_PM01;
import static io.manyi.subscriber.SubscriberFixture.OF_PM02;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.manyi.complaints.CategorySeed;
import io.manyi.complaints.ComplaintFixture;
import io.manyi.platform.security.DemoUsers;
import io.manyi.testing.IntegrationTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/** The probe's named instances of bad input, each answered 400/404/409 with nothing done (docs/security.md, "Bad input"). */
@IntegrationTest
@AutoConfigureMockMvc
class BadInputIntegrationTest {

    static final String TMF = "/tmf-api/troubleTicket/v4/troubleTicket";

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

    @BeforeEach
    void province() {
        ComplaintFixture.load(jdbc, demoUsers, seed);
    }

    MockHttpServletRequestBuilder admin(MockHttpServletRequestBuilder request) {
        return request.with(user("admin").roles("ADMIN")).with(csrf());
    }

    MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return admin(request).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    @Test
    void aHugeBalanceIsRefusedInAShortAnswer() throws Exception {
        String answer = mvc.perform(json(post("/api/v1/credit/check"), "{\"msisdn\": \"" + OF_PM02 + "\", \"balanceYuan\": 1e1000000}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("balanceYuan: is out of range"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(answer.length()).isLessThan(2048);
    }

    @Test
    void aCreditCheckWithoutANumberNamesTheField() throws Exception {
        mvc.perform(json(post("/api/v1/credit/check"), "{\"msisdn\": \"abc\", \"balanceYuan\": -5}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("msisdn: must be a mobile number of 11 digits, got 'abc'"));
    }

    @Test
    void pointsAreWholeNumbersAndAFractionMovesNothing() throws Exception {
        mvc.perform(json(post("/api/v1/loyalty/accounts/" + OF_PM02 + "/adjustments"), "{\"points\": 100, \"reason\": \"goodwill\"}"))
                .andExpect(status().isCreated());
        long before = balance(OF_PM02);
        mvc.perform(json(post("/api/v1/loyalty/transfers"),
                        "{\"from\": \"" + OF_PM02 + "\", \"to\": \"" + OF_PM01 + "\", \"points\": 1.5, \"reason\": \"family\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("points: must be a whole number, got '1.5'"));
        assertThat(balance(OF_PM02)).isEqualTo(before).isEqualTo(100);
        assertThat(balance(OF_PM01)).isZero();
    }

    @Test
    void adjustmentsOfTwoToTheSixtyThirdAndOverlongReasonsAreRefused() throws Exception {
        for (String points : new String[] {"9223372036854775808", "-9223372036854775808", "9223372036854775807"}) {
            mvc.perform(json(post("/api/v1/loyalty/accounts/" + OF_PM02 + "/adjustments"), "{\"points\": " + points + ", \"reason\": \"x\"}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.detail").value(containsString("points: ")));
        }
        mvc.perform(json(post("/api/v1/loyalty/accounts/" + OF_PM02 + "/adjustments"),
                        "{\"points\": 5, \"reason\": \"" + "r".repeat(501) + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("reason: must be at most 500 characters"));
        assertThat(balance(OF_PM02)).isZero();
    }

    @Test
    void aSurveyToANumberThatIsNotOneIsNeitherStoredNorTexted() throws Exception {
        mvc.perform(json(post("/api/v1/surveys"), "{\"msisdn\": \"abc\", \"touchpoint\": \"HALL_VISIT\", \"cause\": \"visit 1\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("msisdn: must be a mobile number of 11 digits, got 'abc'"));
        assertThat(jdbc.sql("select count(*) from surveys").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from sms_outbox").query(Long.class).single()).isZero();
    }

    @Test
    void anUnknownTmfSeverityIsRefusedWithTheAllowedWords() throws Exception {
        String id = tmfTicket();
        mvc.perform(admin(patch(TMF + "/" + id)).contentType("application/merge-patch+json").content("{\"severity\": \"Apocalyptic\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(
                        "severity: must be one of Critical, Major, Moderate, Minor, got 'Apocalyptic'"))
                .andExpect(jsonPath("$.@type").value("Error"));
        mvc.perform(admin(get(TMF + "/" + id))).andExpect(jsonPath("$.severity").value("Major"));
    }

    @Test
    void aClosedTicketKeepsItsSeverity() throws Exception {
        String id = tmfTicket();
        // closed as the desk closes it, after its steps (closing through TMF621 needs them too)
        jdbc.sql("update tickets set status = 'CLOSED' where id = ?").param(Long.parseLong(id)).update();
        mvc.perform(admin(patch(TMF + "/" + id)).contentType("application/merge-patch+json").content("{\"severity\": \"Critical\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("severity")));
        mvc.perform(admin(get(TMF + "/" + id))).andExpect(jsonPath("$.severity").value("Major"));
        assertThat(jdbc.sql("select severity from tickets where id = ?").param(Long.parseLong(id)).query(String.class).single())
                .isEqualTo("HIGH");
    }

    @Test
    void aBadMonthNamesTheParameter() throws Exception {
        mvc.perform(admin(get("/api/v1/loyalty/settlements").param("month", "bad")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("month: must be a month YYYY-MM, got 'bad'"))
                .andExpect(jsonPath("$.field").value("month"));
    }

    @Test
    void anOverflowingPageIsRefusedWithItsRange() throws Exception {
        mvc.perform(admin(get("/api/v1/groups").param("page", "2147483647")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("page: must be between 0 and 100000, got '2147483647'"));
    }

    @Test
    void anEmptyCheckIsRefusedNotFailed() throws Exception {
        mvc.perform(json(post("/api/v1/halls/NOPE/checks"), "{}")).andExpect(status().is4xxClientError())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void unknownIdsAreNotFound() throws Exception {
        mvc.perform(admin(get("/api/v1/complaints/99999999"))).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(admin(get("/complaints/99999999"))).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("404")));
        mvc.perform(admin(get("/halls/NOPE/days/2025-01-15"))).andExpect(status().isNotFound())
                .andExpect(content().string(allOf(containsString("404"), not(containsString("??")))));
    }

    @Test
    void aPageWithABadMonthSaysSoInTheReadersLanguage() throws Exception {
        mvc.perform(admin(get("/loyalty").param("month", "bad")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("请求有误"), containsString("month：应为年月 YYYY-MM（收到“bad”）"),
                        not(containsString("??")))));
        mvc.perform(admin(get("/loyalty").param("month", "bad").param("lang", "en")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("Bad request"),
                        containsString("month: must be a month YYYY-MM, got &#39;bad&#39;"), not(containsString("??")))));
    }

    @Test
    void methodsAndMediaTypesAnswerWithProblems() throws Exception {
        mvc.perform(admin(patch("/api/v1/loyalty/catalog"))).andExpect(status().isMethodNotAllowed())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("GET")));
        mvc.perform(admin(post("/api/v1/credit/check")).contentType(MediaType.TEXT_PLAIN).content("hello"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("Content-Type")));
    }

    private String tmfTicket() throws Exception {
        String body = mvc.perform(json(post(TMF), """
                        {"description": "Slow data", "severity": "Major", "ticketType": "NETWORK_SLOW",
                         "relatedParty": [{"id": "13912345678", "role": "customer"}]}"""))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return json.readTree(body).get("id").asString();
    }

    private long balance(String msisdn) {
        return jdbc.sql("select coalesce(sum(points), 0) from points_entries where msisdn = ?").param(msisdn)
                .query(Long.class).single();
    }
}
