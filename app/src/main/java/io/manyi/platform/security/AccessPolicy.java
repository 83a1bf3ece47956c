package io.manyi.platform.security;

import static io.manyi.platform.Role.ACCOUNT_MANAGER;
import static io.manyi.platform.Role.ADMIN;
import static io.manyi.platform.Role.AGENT;
import static io.manyi.platform.Role.ANALYST;
import static io.manyi.platform.Role.HALL_CLERK;
import static io.manyi.platform.Role.IVR;
import static io.manyi.platform.Role.PHONE_MANAGER;
import static io.manyi.platform.Role.SUPERVISOR;

import io.manyi.platform.Role;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who may call what: one decision per endpoint (HTTP method and the handler's path pattern exactly
 * as its controller maps it), the one place where roles meet endpoints. {@code AccessPolicyCheck}
 * enforces it on every request after Spring MVC chose the handler; an endpoint with no decision
 * here answers 403 to everyone, and {@code AccessPolicyIntegrationTest} fails the build for it, so a
 * new endpoint cannot ship without a decision. Which fields each role then sees in clear is
 * {@code io.manyi.subscriber.Visibility}; which subscribers a phone or account manager reaches
 * (their book) is checked by each feature on the data. docs/security.md and the generated
 * docs/access-policy.md explain it to a reviewer.
 *
 * <p>The groups say the policy's reasoning: front-line roles (agents, hall clerks, phone and
 * account managers) do the day's work on subscribers; analytics, results, models and settings are
 * read by {@link #INSIGHT} (admins, analysts, supervisors) and changed by fewer.
 */
public final class AccessPolicy {

    /** Every role a person holds (the IVR is a machine). */
    public static final Set<Role> PEOPLE = set(ADMIN, ANALYST, SUPERVISOR, PHONE_MANAGER, ACCOUNT_MANAGER, AGENT, HALL_CLERK);
    /** Those who serve subscribers one at a time: everyone but the analyst (who needs no identity). */
    public static final Set<Role> SERVE = set(ADMIN, SUPERVISOR, PHONE_MANAGER, ACCOUNT_MANAGER, AGENT, HALL_CLERK);
    /** The complaint desk: who logs and works tickets. */
    public static final Set<Role> DESK = set(ADMIN, SUPERVISOR, AGENT, HALL_CLERK);
    /** Aggregates, results, models and every setting read. */
    public static final Set<Role> INSIGHT = set(ADMIN, ANALYST, SUPERVISOR);
    /** Rules, catalogs, campaigns and imports: changed by analysts and admins. */
    public static final Set<Role> TUNE = set(ADMIN, ANALYST);
    /** Team operations: assigning work, service settings, do-not-call, checks. */
    public static final Set<Role> LEAD = set(ADMIN, SUPERVISOR);
    /** The phone managers' workbench and those who lead it. */
    public static final Set<Role> WORKBENCH = set(ADMIN, SUPERVISOR, PHONE_MANAGER, ACCOUNT_MANAGER);
    /** Lists for those who keep a book and those who answer for it. */
    public static final Set<Role> RETENTION = set(ADMIN, ANALYST, SUPERVISOR, PHONE_MANAGER, ACCOUNT_MANAGER);
    /** Business halls: their clerks (their own hall) and those who oversee every hall. */
    public static final Set<Role> HALLS = set(ADMIN, ANALYST, SUPERVISOR, HALL_CLERK);
    /** Service-star assessments: those assessed (their own) and those who assess. */
    public static final Set<Role> ASSESSED = set(ADMIN, ANALYST, SUPERVISOR, HALL_CLERK, PHONE_MANAGER);
    /** Group customers: their account managers, C groups' phone managers, and those who oversee. */
    public static final Set<Role> GROUPS = set(ADMIN, ANALYST, SUPERVISOR, ACCOUNT_MANAGER, PHONE_MANAGER);
    /** Finance: points liability, merchant settlements. */
    public static final Set<Role> FINANCE = set(ADMIN, ANALYST);
    /** The 10086 route: the IVR's own credential and the people who take calls. */
    public static final Set<Role> HOTLINE = set(IVR, AGENT, SUPERVISOR, ADMIN);

    /** An endpoint: an HTTP method and its handler's path pattern, as the controller maps it. */
    public record Endpoint(String method, String pattern) {
        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    /**
     * The decision for an endpoint: {@code open} for what needs no sign-in (the login page, the
     * error page), otherwise the roles that may call it.
     */
    public record Decision(boolean open, Set<Role> roles) {
        public boolean allows(Collection<Role> held) {
            return open || held.stream().anyMatch(roles::contains);
        }
    }

    /** The method of a handler mapped without one: it answers every method. */
    public static final String ANY_METHOD = "*";

    private static final Map<Endpoint, Decision> DECISIONS = build();

    private AccessPolicy() {
    }

    private static Map<Endpoint, Decision> build() {
        Rules r = new Rules();
        r.open("GET", "/login");
        r.open(ANY_METHOD, "/error"); // Spring Boot's error page, mapped for every method

        // Subscribers: search and the 360 (a manager's book is checked on the data, fields masked by Visibility)
        r.get(PEOPLE, "/", "/subscribers", "/subscribers/{msisdnOrRef}",
                "/api/v1/subscribers", "/api/v1/subscribers/{msisdnOrRef}");
        r.get(PEOPLE, "/tier/section/{ref}", "/api/v1/subscribers/{msisdn}/tier",
                "/loyalty/panel/{msisdnOrRef}", "/churn/panel/{ref}", "/api/v1/subscribers/{msisdn}/risk",
                "/plan-advice/section/{ref}", "/api/v1/subscribers/{msisdn}/plan-advice");
        r.post(SERVE, "/api/v1/credit/check");

        // Star levels: the star mix is analytics; the rules are tuned by analysts
        r.get(INSIGHT, "/tier", "/tier/rules", "/api/v1/tier/rules");
        r.post(TUNE, "/tier/rules", "/tier/rules/preview", "/api/v1/tier/rules/preview");
        r.put(TUNE, "/api/v1/tier/rules");

        // Points
        r.get(PEOPLE, "/loyalty", "/api/v1/loyalty/catalog");
        r.get(SERVE, "/api/v1/loyalty/accounts", "/api/v1/loyalty/accounts/{msisdn}",
                "/api/v1/loyalty/accounts/{msisdn}/entries");
        r.post(ADMIN, "/api/v1/loyalty/accounts/{msisdn}/adjustments");
        r.post(SERVE, "/api/v1/loyalty/redemptions", "/api/v1/loyalty/auctions/{id}/bids");
        r.get(PEOPLE, "/api/v1/loyalty/auctions", "/api/v1/loyalty/auctions/{id}");
        r.post(ADMIN, "/api/v1/loyalty/auctions", "/api/v1/loyalty/auctions/{id}/close");
        r.post(DESK, "/api/v1/loyalty/transfers");
        r.get(FINANCE, "/api/v1/loyalty/liability", "/api/v1/loyalty/settlements",
                "/api/v1/loyalty/settlements/{merchant}", "/loyalty/settlements/{merchant}.csv");
        r.post(set(ADMIN, HALL_CLERK), "/api/v1/loyalty/merchant-payments",
                "/api/v1/loyalty/merchant-payments/{id}/capture", "/api/v1/loyalty/merchant-payments/{id}/cancel");
        r.get(set(ADMIN, HALL_CLERK, ANALYST), "/api/v1/loyalty/merchant-payments/{id}");

        // Churn: the at-risk list is for those who keep a book; the model is analytics
        r.get(RETENTION, "/churn");
        r.get(INSIGHT, "/churn/model");

        // Key moments: the catalog and its settings are tuned by analysts; the workbench is the managers'
        r.get(INSIGHT, "/moments/catalog", "/api/v1/moments/types", "/api/v1/moments/settings");
        r.post(TUNE, "/moments/catalog/{code}");
        r.put(TUNE, "/api/v1/moments/types/{code}", "/api/v1/moments/settings/priority");
        r.put(INSIGHT, "/api/v1/moments/settings/policy");
        r.get(LEAD, "/api/v1/do-not-call");
        r.post(set(ADMIN, SUPERVISOR, AGENT), "/api/v1/do-not-call");
        r.delete(LEAD, "/api/v1/do-not-call/{msisdn}");
        r.post(LEAD, "/api/v1/do-not-call/import");
        r.get(WORKBENCH, "/workbench", "/workbench/counts", "/workbench/tasks/{id}", "/workbench/tasks/{id}/panel",
                "/api/v1/workbench/summary");
        r.post(WORKBENCH, "/workbench/tasks/{id}/outcome", "/workbench/tasks/{id}/callback", "/workbench/tasks/{id}/reveal");
        r.get(LEAD, "/workbench/team", "/api/v1/workbench/load");
        r.post(LEAD, "/workbench/team/assign", "/workbench/team/tasks/{id}/pool", "/workbench/team/rebalance");
        for (String base : List.of("/api/v1/tasks", "/api/v1/workbench/tasks")) {
            r.get(WORKBENCH, base, base + "/{id}");
            r.post(WORKBENCH, base + "/{id}/start", base + "/{id}/outcome", base + "/{id}/callback", base + "/{id}/reveal");
            r.post(LEAD, base + "/{id}/reassign");
        }

        // Campaigns: designed by analysts, their results read by those who answer for them
        r.get(INSIGHT, "/campaigns", "/campaigns/results", "/api/v1/campaigns", "/api/v1/campaigns/{id}",
                "/api/v1/campaigns/{id}/members", "/api/v1/campaigns/{id}/uplift", "/api/v1/campaigns/uplift",
                "/api/v1/campaigns/uplift-by-moment", "/api/v1/campaigns/learned", "/api/v1/campaigns/settings");
        r.post(TUNE, "/campaigns", "/campaigns/{id}/{action:activate|close}", "/api/v1/campaigns",
                "/api/v1/campaigns/{id}/activate", "/api/v1/campaigns/{id}/close");
        r.put(TUNE, "/api/v1/campaigns/settings");

        // Complaints: the desk works tickets; a manager reads the tickets of their book
        r.get(set(ADMIN, SUPERVISOR, AGENT, HALL_CLERK, ANALYST), "/complaints", "/complaints/{id}");
        r.get(DESK, "/complaints/categories", "/complaints/lookup");
        r.post(DESK, "/complaints", "/complaints/{id}/steps", "/complaints/{id}/close", "/complaints/{id}/status",
                "/complaints/{id}/transfer", "/complaints/{id}/reopen");
        r.get(INSIGHT, "/complaints/analysis", "/complaints/analysis/export.xlsx", "/complaints/settings");
        r.post(LEAD, "/complaints/settings/sla", "/complaints/settings/category");
        for (String base : List.of("/api/v1/tickets", "/api/v1/complaints")) {
            r.post(DESK, base, base + "/{id}/steps", base + "/{id}/status", base + "/{id}/close", base + "/{id}/notes",
                    base + "/{id}/transfer", base + "/{id}/reopen");
            r.get(set(ADMIN, SUPERVISOR, AGENT, HALL_CLERK, ANALYST), base);
            r.get(PEOPLE, base + "/{id}", base + "/{id}/history");
            r.get(set(ADMIN, SUPERVISOR, AGENT, HALL_CLERK, ANALYST), base + "/categories");
            r.put(LEAD, base + "/categories/{code}");
            r.get(INSIGHT, base + "/analysis", base + "/analysis/export.csv", base + "/analysis/export.xlsx",
                    base + "/analysis/pareto");
        }
        r.get(INSIGHT, "/api/v1/tickets/settings/{name}");
        r.put(LEAD, "/api/v1/tickets/settings/{name}");
        String tmf = "/tmf-api/troubleTicket/v4/troubleTicket";
        Set<Role> tmfClients = set(ADMIN, SUPERVISOR, AGENT);
        r.get(tmfClients, tmf, tmf + "/{id}");
        r.post(tmfClients, tmf, tmf + "/{id}/note");
        r.add(tmfClients, "PATCH", tmf + "/{id}");

        // Satisfaction: surveys, callbacks, reminders
        r.get(set(ADMIN, SUPERVISOR, AGENT, ANALYST), "/api/v1/surveys");
        r.post(DESK, "/api/v1/surveys");
        r.post(LEAD, "/api/v1/surveys/sample");
        r.post(set(ADMIN, SUPERVISOR, AGENT), "/api/v1/surveys/replies", "/api/v1/callbacks/{id}/done");
        r.get(LEAD, "/api/v1/surveys/replies/unknown");
        r.get(set(ADMIN, SUPERVISOR, AGENT), "/api/v1/callbacks");
        r.get(INSIGHT, "/api/v1/surveys/results", "/api/v1/surveys/results/export.csv", "/api/v1/reminders/flags");
        // the surveys page: results, callbacks and replies to resolve read by insight; replies resolved by leads
        r.get(INSIGHT, "/surveys", "/api/v1/surveys/board");
        r.post(LEAD, "/surveys/replies/{id}/assign", "/surveys/replies/{id}/dismiss",
                "/api/v1/surveys/replies/{id}/assign", "/api/v1/surveys/replies/{id}/dismiss");
        r.post(ADMIN, "/api/v1/reminders/run");

        // Business halls: a clerk reaches their own hall (checked on the data)
        r.get(HALLS, "/halls", "/halls/{hallId}", "/halls/{hallId}/days/{day}", "/api/v1/halls",
                "/api/v1/halls/{hallId}/staff", "/api/v1/halls/{hallId}/days/{day}", "/api/v1/halls/{hallId}/checks",
                "/api/v1/halls/{hallId}/visits", "/api/v1/halls/{hallId}/satisfaction");
        r.post(set(ADMIN, SUPERVISOR, HALL_CLERK), "/halls/{hallId}/days/{day}/close",
                "/halls/{hallId}/months/{month}/close", "/api/v1/halls/{hallId}/days/{day}/close",
                "/api/v1/halls/{hallId}/days/{day}/corrections", "/api/v1/halls/{hallId}/months/{month}/close",
                "/api/v1/halls/{hallId}/visits");
        r.post(LEAD, "/api/v1/halls/{hallId}/checks");

        // The hotline route
        r.get(HOTLINE, "/api/v1/hotline/route");

        // Groups
        r.get(GROUPS, "/groups", "/groups/{id}", "/api/v1/groups", "/api/v1/groups/{id}");
        r.get(INSIGHT, "/api/v1/groups/settings");
        r.put(TUNE, "/api/v1/groups/settings");

        // Staff assessment: the assessed read their own (checked on the data)
        r.get(ASSESSED, "/staff", "/staff/rankings", "/staff/{username}", "/api/v1/staff/assessments",
                "/api/v1/staff/assessments/{username}", "/api/v1/staff/rankings", "/api/v1/staff/knowledge-tests");
        r.post(LEAD, "/staff/{username}/knowledge-tests", "/api/v1/staff/knowledge-tests");
        r.get(INSIGHT, "/api/v1/staff/settings/{role}");
        r.put(LEAD, "/api/v1/staff/settings/{role}");

        // The managers' dashboard
        r.get(INSIGHT, "/dashboard", "/dashboard/export.xlsx", "/api/v1/dashboard", "/api/v1/dashboard/export.xlsx");

        // Administration: imports, the audit log, accounts
        r.post(TUNE, "/api/v1/imports/{kind}");
        r.get(set(ADMIN), "/audit", "/api/v1/audit", "/api/v1/users");
        r.put(set(ADMIN), "/api/v1/users/{username}");
        return Collections.unmodifiableMap(r.decisions);
    }

    /** The decision for an endpoint, or empty when it has none (then nobody may call it). */
    public static Optional<Decision> decision(String method, String pattern) {
        Decision exact = DECISIONS.get(new Endpoint(httpMethod(method), pattern));
        return Optional.ofNullable(exact != null ? exact : DECISIONS.get(new Endpoint(ANY_METHOD, pattern)));
    }

    /** True when a user with {@code roles} may call the endpoint; false for one without a decision. */
    public static boolean allows(Collection<Role> roles, String method, String pattern) {
        return decision(method, pattern).map(d -> d.allows(roles)).orElse(false);
    }

    /** Every decision, in the order declared (for the documentation and the tests). */
    public static Map<Endpoint, Decision> decisions() {
        return DECISIONS;
    }

    /** HEAD is answered by the GET handler, so it is decided as GET. */
    private static String httpMethod(String method) {
        return "HEAD".equals(method) ? "GET" : method;
    }

    private static Set<Role> set(Role... roles) {
        return Collections.unmodifiableSet(EnumSet.copyOf(List.of(roles)));
    }

    /** Builds the table; refuses a second decision for one endpoint, so that none hides another. */
    private static final class Rules {
        final Map<Endpoint, Decision> decisions = new LinkedHashMap<>();

        void get(Set<Role> roles, String... patterns) {
            add(roles, "GET", patterns);
        }

        void get(Role role, String... patterns) {
            add(set(role), "GET", patterns);
        }

        void post(Set<Role> roles, String... patterns) {
            add(roles, "POST", patterns);
        }

        void post(Role role, String... patterns) {
            add(set(role), "POST", patterns);
        }

        void put(Set<Role> roles, String... patterns) {
            add(roles, "PUT", patterns);
        }

        void delete(Set<Role> roles, String... patterns) {
            add(roles, "DELETE", patterns);
        }

        void add(Set<Role> roles, String method, String... patterns) {
            for (String pattern : patterns) {
                put(new Endpoint(method, pattern), new Decision(false, roles));
            }
        }

        void open(String method, String pattern) {
            put(new Endpoint(method, pattern), new Decision(true, Set.of()));
        }

        private void put(Endpoint endpoint, Decision decision) {
            if (decisions.putIfAbsent(endpoint, decision) != null) {
                throw new IllegalStateException("Two access decisions for " + endpoint);
            }
        }
    }
}
