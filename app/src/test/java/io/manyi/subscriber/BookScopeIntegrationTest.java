package io.manyi.subscriber;

import static io.manyi.subscriber.SubscriberFixture.OF_PM01;
import static io.manyi.subscriber.SubscriberFixture.OF_PM02;
import static io.manyi.subscriber.SubscriberFixture.UNASSIGNED;
import static io.manyi.subscriber.SubscriberFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.manyi.complaints.CategorySeed;
import io.manyi.complaints.ComplaintFixture;
import io.manyi.platform.security.DemoUsers;
import io.manyi.testing.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.json.JsonMapper;

/**
 * The data-scope contract: a phone manager asking for a subscriber outside their book, by any
 * endpoint or page that takes a number, gets 403 or 404 and no field of that subscriber; an
 * Idempotency-Key is the sender's own; a book refusal of a write is audited with its 403.
 */
@IntegrationTest
@AutoConfigureMockMvc
class BookScopeIntegrationTest {

    /** A handler parameter that names a subscriber. */
    private static final Pattern SUBSCRIBER_PARAM = Pattern.compile("(?i)msisdn|msisdnOrRef|ref|subscriber");
    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoUsers demoUsers;

    @Autowired
    CategorySeed seed;

    @Autowired
    SubscriberRefs refs;

    @Autowired
    JsonMapper json;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @BeforeEach
    void province() {
        ComplaintFixture.load(jdbc, demoUsers, seed);
    }

    /** A GET handler that takes a subscriber, as an address to ask with {@code subscriber} in its place. */
    record Probe(String pattern, String parameter, boolean inPath, Set<String> otherRequired) {

        MockHttpServletRequestBuilder request(String subscriber) {
            Matcher variables = PATH_VARIABLE.matcher(pattern);
            StringBuilder path = new StringBuilder();
            while (variables.find()) {
                variables.appendReplacement(path, Matcher.quoteReplacement(
                        inPath && variables.group(1).equals(parameter) ? subscriber : "1"));
            }
            variables.appendTail(path);
            MockHttpServletRequestBuilder request = get(path.toString());
            if (!inPath) {
                request.param(parameter, subscriber);
            }
            otherRequired.forEach(name -> request.param(name, "1"));
            return request;
        }

        boolean api() {
            return pattern.startsWith("/api/") || pattern.startsWith("/tmf-api/");
        }
    }

    /** Every GET handler with a path variable or query parameter naming a subscriber, found from the mappings. */
    private List<Probe> probes() {
        List<Probe> probes = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = entry.getKey();
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
                continue;
            }
            for (MethodParameter parameter : entry.getValue().getMethodParameters()) {
                String name = parameterName(parameter);
                if (name == null || !SUBSCRIBER_PARAM.matcher(name).matches()) {
                    continue;
                }
                boolean inPath = parameter.hasParameterAnnotation(PathVariable.class);
                Set<String> otherRequired = new java.util.TreeSet<>();
                for (MethodParameter other : entry.getValue().getMethodParameters()) {
                    RequestParam param = other.getParameterAnnotation(RequestParam.class);
                    String otherName = parameterName(other);
                    if (param != null && param.required() && otherName != null && !otherName.equals(name)
                            && param.defaultValue().equals(org.springframework.web.bind.annotation.ValueConstants.DEFAULT_NONE)
                            && !Map.class.isAssignableFrom(other.getParameterType())) {
                        otherRequired.add(otherName);
                    }
                }
                for (String pattern : info.getPatternValues()) {
                    probes.add(new Probe(pattern, name, inPath, otherRequired));
                }
            }
        }
        return probes;
    }

    private static String parameterName(MethodParameter parameter) {
        PathVariable path = parameter.getParameterAnnotation(PathVariable.class);
        if (path != null) {
            return !path.name().isEmpty() ? path.name() : !path.value().isEmpty() ? path.value() : parameter.getParameterName();
        }
        RequestParam query = parameter.getParameterAnnotation(RequestParam.class);
        if (query != null && !Map.class.isAssignableFrom(parameter.getParameterType())) {
            return !query.name().isEmpty() ? query.name() : !query.value().isEmpty() ? query.value() : parameter.getParameterName();
        }
        return null;
    }

    private MockHttpServletResponse asPm01(Probe probe, String subscriber) throws Exception {
        MockHttpServletRequestBuilder request = probe.request(subscriber);
        request = probe.api() ? request.with(httpBasic("pm01", PASSWORD)) : request.with(user("pm01").roles("PHONE_MANAGER"));
        return mvc.perform(request).andReturn().getResponse();
    }

    @Test
    void aPhoneManagerGetsNoFieldOfASubscriberOutsideTheirBookFromAnyHandlerThatTakesANumber() throws Exception {
        List<Probe> probes = probes();
        // The discovery finds the known ones (a new handler taking a number is covered without a change here).
        assertThat(probes).extracting(Probe::pattern).contains("/complaints/lookup", "/api/v1/subscribers/{msisdnOrRef}",
                "/subscribers/{msisdnOrRef}", "/api/v1/loyalty/accounts/{msisdn}", "/api/v1/loyalty/accounts/{msisdn}/entries",
                "/loyalty/panel/{msisdnOrRef}", "/api/v1/tickets", "/api/v1/surveys", "/api/v1/callbacks");
        List<String> subscriberFields = List.of(OF_PM02, "李四海", Masking.msisdn(OF_PM02), Masking.name("李四海"),
                "440104198503147777", Masking.idNumber("440104198503147777"));
        for (Probe probe : probes) {
            List<String> asked = probe.parameter().toLowerCase().contains("ref") ? List.of(OF_PM02, refs.of(OF_PM02)) : List.of(OF_PM02);
            for (String subscriber : asked) {
                MockHttpServletResponse response = asPm01(probe, subscriber);
                String body = response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
                assertThat(response.getStatus()).as("%s with %s", probe.pattern(), subscriber).isIn(403, 404);
                for (String field : subscriberFields) {
                    assertThat(body).as("%s with %s", probe.pattern(), subscriber).doesNotContain(field);
                }
            }
        }
    }

    @Test
    void theLookupIsTheDesksAuditedAndNamesNothingToAManager() throws Exception {
        // The lookup belongs to the complaint desk (docs/access-policy.md): a manager is refused for any number.
        for (String msisdn : List.of(OF_PM01, OF_PM02)) {
            MockHttpServletResponse refused = mvc.perform(get("/complaints/lookup").param("msisdn", msisdn)
                    .with(user("pm01").roles("PHONE_MANAGER"))).andReturn().getResponse();
            assertThat(refused.getStatus()).isEqualTo(403);
            assertThat(refused.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                    .doesNotContain("张小明", "李四海", msisdn, msisdn.substring(0, 3) + "****" + msisdn.substring(7));
        }
        assertThat(audit("pm01", "access.denied")).hasSize(2);
        String found = mvc.perform(get("/complaints/lookup").param("msisdn", OF_PM02).with(user("agent").roles("AGENT")))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(found).contains("李四海");
        assertThat(audit("agent", "complaints.lookup.view")).containsExactly(OF_PM02 + " | name, brand, city, stars, open tickets");
    }

    @Test
    void anAccountManagersBookHoldsTheMembersOfTheGroupsTheyLookAfter() throws Exception {
        // am01 is assigned OF_PM02 only; UNASSIGNED is nobody's until it joins am01's group
        mvc.perform(get("/api/v1/subscribers/" + UNASSIGNED).with(httpBasic("am01", PASSWORD)))
                .andExpect(status().isForbidden());
        jdbc.sql("insert into group_customers values ('G-T1', '测试集团', 'A', '广州', 'IT', 'am01')").update();
        jdbc.sql("insert into group_members values ('G-T1', ?, '2024-01-01', null)").param(UNASSIGNED).update();
        mvc.perform(get("/api/v1/subscribers/" + UNASSIGNED).with(httpBasic("am01", PASSWORD)))
                .andExpect(status().isOk());
        // not pm01's group, and a member who left is out of the book again
        mvc.perform(get("/api/v1/subscribers/" + UNASSIGNED).with(httpBasic("pm01", PASSWORD)))
                .andExpect(status().isForbidden());
        jdbc.sql("update group_members set left_on = '2024-06-01' where msisdn = ?").param(UNASSIGNED).update();
        mvc.perform(get("/api/v1/subscribers/" + UNASSIGNED).with(httpBasic("am01", PASSWORD)))
                .andExpect(status().isForbidden());
    }

    @Test
    void aBookRefusalFromAnApiControllerIsAProblemThatNamesNothing() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/api/v1/loyalty/accounts/" + OF_PM02)
                .with(httpBasic("pm01", PASSWORD))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(json.readTree(response.getContentAsString()).get("code").asString()).isEqualTo("out-of-scope");
        assertThat(response.getContentAsString()).doesNotContain(OF_PM02);
        assertThat(audit("pm01", "loyalty.account.view.denied")).containsExactly(OF_PM02 + " | not assigned status=403");
    }

    @Test
    void aKeyUsedByAnotherUserIsANewKeyForThisOne() throws Exception {
        String body = "{\"msisdn\":\"" + OF_PM02 + "\",\"channel\":\"HOTLINE\",\"category\":\"OTHER\",\"severity\":\"LOW\","
                + "\"description\":\"key reuse\"}";
        long first = openTicket("admin", "shared-key", body);
        assertThat(openTicket("admin", "shared-key", body)).as("the same user's replay").isEqualTo(first);
        long agents = openTicket("agent", "shared-key", body);
        assertThat(agents).as("another user's key is new: a ticket of their own").isNotEqualTo(first);
        assertThat(jdbc.sql("select count(*) from tickets where description = 'key reuse'").query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select username from idempotency_keys where key = 'shared-key' order by username")
                .query(String.class).list()).containsExactly("admin", "agent");
    }

    @Test
    void aKeyWhoseStoredAnswerNamesASubscriberIsNoWayAroundTheBook() throws Exception {
        String redemption = "{\"msisdn\":\"" + OF_PM02 + "\",\"item\":\"NO-SUCH-ITEM\"}";
        MockHttpServletResponse admins = mvc.perform(post("/api/v1/loyalty/redemptions").with(httpBasic("admin", PASSWORD))
                .header("Idempotency-Key", "probe-key").contentType(MediaType.APPLICATION_JSON).content(redemption))
                .andReturn().getResponse();
        assertThat(admins.getStatus()).isGreaterThanOrEqualTo(400); // a refusal, stored as the key's answer
        MockHttpServletResponse pm01 = mvc.perform(post("/api/v1/loyalty/redemptions").with(httpBasic("pm01", PASSWORD))
                .header("Idempotency-Key", "probe-key").contentType(MediaType.APPLICATION_JSON).content(redemption))
                .andReturn().getResponse();
        assertThat(pm01.getStatus()).isEqualTo(403);
        assertThat(pm01.getContentAsString()).doesNotContain(OF_PM02).isNotEqualTo(admins.getContentAsString());
    }

    @Test
    void aWriteRefusedByTheBookIsAuditedWithIts403() throws Exception {
        mvc.perform(post("/api/v1/loyalty/redemptions").with(httpBasic("pm01", PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"msisdn\":\"" + OF_PM02 + "\",\"item\":\"DATA-1G\"}"));
        assertThat(audit("pm01", "http.post")).singleElement().asString().startsWith("/api/v1/loyalty/redemptions | status=403");
        assertThat(audit("pm01", "loyalty.redemption.denied")).containsExactly(OF_PM02 + " | not assigned status=403");
    }

    private long openTicket(String username, String key, String body) throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/api/v1/tickets").with(httpBasic(username, PASSWORD))
                .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
        return json.readTree(response.getContentAsString()).get("id").asLong();
    }

    /** "subject | detail" of the actor's entries with this action, oldest first. */
    private List<String> audit(String actor, String action) {
        return jdbc.sql("select subject || ' | ' || coalesce(detail, '') from audit_log where actor = ? and action = ? order by id")
                .params(actor, action).query(String.class).list();
    }
}
