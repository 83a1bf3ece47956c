package io.manyi.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import io.manyi.platform.Role;
import io.manyi.platform.security.AccessPolicy.Endpoint;
import io.manyi.platform.security.web.AccessPolicyCheck;
import io.manyi.subscriber.SubscriberFixture;
import io.manyi.testing.IntegrationTest;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Walks every mapped handler for every role and checks what it answers against the
 * {@link AccessPolicy}: an endpoint without a decision fails the build, a role the policy refuses
 * gets 403 and an audited refusal, a role it allows is never refused by it, and no one signed out
 * reaches anything but the open pages.
 */
@IntegrationTest
@AutoConfigureMockMvc
class AccessPolicyIntegrationTest {

    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)(?::([^}]*))?}");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoUsers demoUsers;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlers;

    @BeforeEach
    void province() {
        SubscriberFixture.load(jdbc, demoUsers);
    }

    /** What an endpoint's handler accepts as a body, when it says (an upload, a CSV). */
    private final Map<Endpoint, MediaType> consumes = new java.util.HashMap<>();

    /** Every (method, pattern) that Spring MVC maps to a controller method. */
    private List<Endpoint> mappedEndpoints() {
        Set<Endpoint> endpoints = new LinkedHashSet<>();
        for (RequestMappingInfo info : handlers.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                List<Endpoint> these = methods.isEmpty() ? List.of(new Endpoint(AccessPolicy.ANY_METHOD, pattern))
                        : methods.stream().map(m -> new Endpoint(m.name(), pattern)).toList();
                endpoints.addAll(these);
                info.getConsumesCondition().getConsumableMediaTypes().stream().findFirst()
                        .ifPresent(type -> these.forEach(e -> consumes.put(e, type)));
            }
        }
        return List.copyOf(endpoints);
    }

    @Test
    void everyEndpointHasADecisionAndEveryDecisionAnEndpoint() {
        List<Endpoint> mapped = mappedEndpoints();
        assertThat(mapped).hasSizeGreaterThan(150);
        Set<String> undecided = new TreeSet<>();
        for (Endpoint e : mapped) {
            if (AccessPolicy.decision(e.method(), e.pattern()).isEmpty()) {
                undecided.add(e.toString());
            }
        }
        assertThat(undecided).as("endpoints without an access decision in AccessPolicy").isEmpty();
        Set<String> stale = new TreeSet<>();
        for (Endpoint e : AccessPolicy.decisions().keySet()) {
            if (!mapped.contains(e)) {
                stale.add(e.toString());
            }
        }
        assertThat(stale).as("decisions for endpoints no controller maps").isEmpty();
    }

    @Test
    void everyRoleGetsWhatThePolicySaysOnEveryEndpoint() throws Exception {
        long refusalsBefore = refusalRows();
        int denied = 0;
        int allowed = 0;
        List<String> refusedOnTheData = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        for (Endpoint endpoint : mappedEndpoints()) {
            AccessPolicy.Decision decision = AccessPolicy.decision(endpoint.method(), endpoint.pattern()).orElseThrow();
            if (decision.open()) {
                continue;
            }
            for (Role role : Role.values()) {
                MockHttpServletResponse answer = call(endpoint, role);
                boolean refusedByPolicy = AccessPolicyCheck.POLICY.equals(answer.getHeader(AccessPolicyCheck.REFUSED_BY));
                if (decision.allows(Set.of(role))) {
                    allowed++;
                    if (refusedByPolicy || answer.getStatus() == 401) {
                        wrong.add(endpoint + " as " + role + ": allowed by the policy, answered " + answer.getStatus());
                    } else if (answer.getStatus() == 403) {
                        refusedOnTheData.add(endpoint + " as " + role); // not their hall, task, book...
                    }
                } else {
                    denied++;
                    if (answer.getStatus() != 403) {
                        wrong.add(endpoint + " as " + role + ": refused by the policy, answered " + answer.getStatus());
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(allowed).isGreaterThan(300);
        assertThat(denied).isGreaterThan(300);
        // each refusal, by the policy or on the data, is audited once, with the status the caller got
        System.out.println("Access policy walk: " + allowed + " allowed and " + denied + " refused calls; refused on the data: "
                + refusedOnTheData);
        assertThat(refusalRows() - refusalsBefore).isEqualTo(denied + refusedOnTheData.size());
    }

    @Test
    void nobodySignedOutReachesAnythingButTheOpenPages() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Endpoint endpoint : mappedEndpoints()) {
            if (AccessPolicy.decision(endpoint.method(), endpoint.pattern()).orElseThrow().open()) {
                continue;
            }
            MockHttpServletResponse answer = mvc.perform(builder(endpoint).with(csrf())).andReturn().getResponse();
            boolean api = isApi(endpoint.pattern());
            boolean signInAsked = api ? answer.getStatus() == 401
                    : answer.getStatus() == 302 && answer.getRedirectedUrl().endsWith("/login");
            if (!signInAsked) {
                wrong.add(endpoint + " answered " + answer.getStatus() + " to someone signed out");
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void aRefusalIsAuditedWithItsStatusAndNoFieldOfTheAnswer() throws Exception {
        mvc.perform(request(HttpMethod.GET, "/api/v1/dashboard").with(user("pm01").roles(Role.PHONE_MANAGER.name())))
                .andReturn();
        String detail = jdbc.sql("""
                        select detail from audit_log where actor = 'pm01' and action = 'access.denied'
                        and subject = 'GET /api/v1/dashboard' order by id desc limit 1""")
                .query(String.class).single();
        assertThat(detail).contains("status=403").contains("role");
    }

    @Test
    void theNavigationOffersOnlyPagesThatOpen() {
        for (Role role : Role.values()) {
            CurrentUser user = new CurrentUser("someone", Set.of(role));
            for (io.manyi.platform.shell.Navigation entry : io.manyi.platform.shell.Navigation.visibleTo(user)) {
                assertThat(AccessPolicy.allows(Set.of(role), "GET", entry.path()))
                        .as(role + " is offered " + entry.path()).isTrue();
            }
        }
        assertThat(io.manyi.platform.shell.Navigation.visibleTo(new CurrentUser("pm01", Set.of(Role.PHONE_MANAGER))))
                .extracting(io.manyi.platform.shell.Navigation::key)
                .contains("workbench", "subscribers").doesNotContain("dashboard", "admin", "campaigns", "surveys");
    }

    private long refusalRows() {
        return jdbc.sql("select count(*) from audit_log where action = 'access.denied' and detail like 'status=403%'")
                .query(Long.class).single();
    }

    private MockHttpServletResponse call(Endpoint endpoint, Role role) throws Exception {
        String username = switch (role) {
            case PHONE_MANAGER -> "pm01";
            case ACCOUNT_MANAGER -> "am01";
            default -> role.name().toLowerCase(java.util.Locale.ROOT);
        };
        try {
            return mvc.perform(builder(endpoint).with(user(username).roles(role.name())).with(csrf()))
                    .andReturn().getResponse();
        } catch (jakarta.servlet.ServletException unhandled) {
            // The handler ran and failed on the sample values: access was granted, which is what this checks.
            MockHttpServletResponse failed = new MockHttpServletResponse();
            failed.setStatus(500);
            return failed;
        }
    }

    /** A request to the endpoint with plausible values in its path, an empty body for writes. */
    private MockHttpServletRequestBuilder builder(Endpoint endpoint) {
        String method = AccessPolicy.ANY_METHOD.equals(endpoint.method()) ? "GET" : endpoint.method();
        MockHttpServletRequestBuilder builder = request(HttpMethod.valueOf(method), concrete(endpoint.pattern()));
        if (!method.equals("GET") && !method.equals("DELETE")) {
            MediaType type = consumes.getOrDefault(endpoint, MediaType.APPLICATION_JSON);
            builder.contentType(type).content(type.equals(MediaType.APPLICATION_JSON) ? "{}" : "");
        }
        return isApi(endpoint.pattern()) ? builder.accept(MediaType.APPLICATION_JSON) : builder;
    }

    private static boolean isApi(String pattern) {
        return pattern.startsWith("/api/") || pattern.startsWith("/tmf-api/");
    }

    private static final Map<String, String> SAMPLES = Map.ofEntries(
            Map.entry("msisdn", SubscriberFixture.OF_PM01), Map.entry("msisdnOrRef", SubscriberFixture.OF_PM01),
            Map.entry("ref", SubscriberFixture.OF_PM01), Map.entry("id", "1"), Map.entry("day", "2025-01-15"),
            Map.entry("month", "2025-01"), Map.entry("username", "pm01"), Map.entry("role", "phone-manager"));

    private static String concrete(String pattern) {
        Matcher m = VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (m.find()) {
            String value = m.group(2) != null ? m.group(2).split("\\|")[0] : SAMPLES.getOrDefault(m.group(1), "X1");
            m.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        m.appendTail(path);
        return path.toString();
    }
}
