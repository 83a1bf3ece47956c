package io.manyi.platform.shell.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * How long each page takes to answer, for each role, on a running server: signs in as each user
 * the way a browser does (the login form, its CSRF token, the session cookie), finds the pages
 * that user's navigation offers and, on each of them, the first link to a detail page (a
 * subscriber's 360, a ticket, a task, a group, a hall's day, a scorecard), then asks every page
 * in turn, one request at a time, and prints the median and 95th percentile per page.
 *
 * <p>One request at a time is what a person does: the figure is a page's own time, not a queue's.
 * The JDK's HTTP client costs about a millisecond of CPU per request, small beside a page.
 */
@Command(name = "pages", mixinStandardHelpOptions = true,
        description = "Times every page of each role's navigation (and one detail page behind each) "
                + "on a running server; prints p50/p95 per page and role.")
public final class PagesBenchCommand implements Callable<Integer> {

    private static final Pattern NAV = Pattern.compile("<nav class=\"nav\"[^>]*>(.*?)</nav>", Pattern.DOTALL);
    private static final Pattern MAIN = Pattern.compile("<main[^>]*>(.*?)</main>", Pattern.DOTALL);
    private static final Pattern HREF = Pattern.compile("<a [^>]*href=\"([^\"#]+)\"");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    /** Detail pages worth timing: one behind each list. */
    private static final Pattern DETAIL = Pattern.compile(
            "^/(subscribers/[^/?]+|complaints/\\d+|workbench/tasks/\\d+|groups/[^/?]+|halls/[^?]+/\\d{4}-\\d{2}-\\d{2}"
                    + "|staff/[^/?]+|campaigns/\\d+)$");

    @Option(names = "--url", defaultValue = "http://localhost:8080", description = "Server (default: ${DEFAULT-VALUE}).")
    String url;

    @Option(names = "--users", split = ",", defaultValue = "admin,analyst,supervisor,agent,pm01,am01,hall01",
            description = "Who to sign in as, one per role (default: ${DEFAULT-VALUE}).")
    List<String> users;

    @Option(names = "--password", defaultValue = "demo", description = "Their password (default: ${DEFAULT-VALUE}).")
    String password;

    @Option(names = "--lang", defaultValue = "zh", description = "Page language (default: ${DEFAULT-VALUE}).")
    String lang;

    @Option(names = "--runs", defaultValue = "20", description = "Timed requests per page (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--warmup", defaultValue = "3", description = "Untimed requests per page first (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--also", split = ",", defaultValue = "/complaints/analysis,/tier/rules,/churn/model,/workbench/team,/campaigns/results",
            description = "Pages outside the navigation, timed for each user they open for (default: ${DEFAULT-VALUE}).")
    List<String> also;

    @Option(names = "--target-ms", defaultValue = "300", description = "p95 a page should stay under (default: ${DEFAULT-VALUE}).")
    double targetMs;

    @Override
    public Integer call() throws Exception {
        URI base = URI.create(url);
        System.out.printf("%-12s %-60s %6s %9s %9s %9s%n", "user", "page", "status", "p50 ms", "p95 ms", "max ms");
        List<Double> allP95 = new ArrayList<>();
        int over = 0;
        int failed = 0;
        for (String user : users) {
            Session session = Session.signIn(base, lang, user, password);
            for (String page : pagesOf(session)) {
                Timing timing = time(session, page);
                allP95.add(timing.p95());
                boolean slow = timing.p95() > targetMs;
                over += slow ? 1 : 0;
                failed += timing.status() == 200 ? 0 : 1;
                System.out.printf("%-12s %-60s %6d %9.1f %9.1f %9.1f%s%n", user, shorten(page), timing.status(),
                        timing.p50(), timing.p95(), timing.max(), slow ? "  over " + (int) targetMs + " ms" : "");
            }
        }
        double[] sorted = allP95.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf("%d pages: median p95 %.1f ms, worst p95 %.1f ms; %d over %.0f ms; %d not answering 200%n",
                sorted.length, sorted.length == 0 ? 0 : sorted[sorted.length / 2],
                sorted.length == 0 ? 0 : sorted[sorted.length - 1], over, targetMs, failed);
        return failed == 0 ? 0 : 2;
    }

    /** The user's navigation, then the first detail link found on each of its pages. */
    private List<String> pagesOf(Session session) throws IOException, InterruptedException {
        Set<String> pages = new LinkedHashSet<>(links(NAV, session.get("/").body()));
        Set<String> details = new LinkedHashSet<>();
        for (String page : pages) {
            links(MAIN, session.get(page).body()).stream()
                    .filter(link -> DETAIL.matcher(link).matches())
                    .findFirst()
                    .ifPresent(details::add);
        }
        pages.addAll(details);
        for (String page : also) {
            if (session.get(page).statusCode() == 200) { // one the user may not open is not theirs to time
                pages.add(page);
            }
        }
        return new ArrayList<>(pages);
    }

    private Timing time(Session session, String page) throws IOException, InterruptedException {
        int status = 200; // or the last other answer
        for (int i = 0; i < warmup; i++) {
            int answer = session.get(page).statusCode();
            status = answer == 200 ? status : answer;
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            HttpResponse<String> answer = session.get(page);
            millis[i] = (System.nanoTime() - start) / 1e6;
            status = answer.statusCode() == 200 ? status : answer.statusCode();
        }
        Arrays.sort(millis);
        return new Timing(status, quantile(millis, 0.50), quantile(millis, 0.95), millis[millis.length - 1]);
    }

    private record Timing(int status, double p50, double p95, double max) {
    }

    private static double quantile(double[] sorted, double q) {
        int index = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.clamp(index, 0, sorted.length - 1)];
    }

    private static List<String> links(Pattern region, String html) {
        Matcher area = region.matcher(html);
        List<String> links = new ArrayList<>();
        if (area.find()) {
            Matcher link = HREF.matcher(area.group(1));
            while (link.find()) {
                String href = link.group(1).replace("&amp;", "&");
                if (href.startsWith("/") && !href.startsWith("//") && !href.contains("lang=")) {
                    links.add(href);
                }
            }
        }
        return links;
    }

    private static String shorten(String page) {
        return page.length() <= 60 ? page : page.substring(0, 57) + "...";
    }

    /** A signed-in browser: the session cookie, the chosen language. */
    private static final class Session {

        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        private final URI base;
        private final String lang;

        private Session(URI base, String lang) {
            this.base = base;
            this.lang = lang;
        }

        /** The login form as a browser fills it: its CSRF token, then the session cookie it sets. */
        static Session signIn(URI base, String lang, String user, String password) throws IOException, InterruptedException {
            Session session = new Session(base, lang);
            Matcher token = CSRF.matcher(session.get("/login").body());
            String form = "username=" + encode(user) + "&password=" + encode(password)
                    + (token.find() ? "&_csrf=" + encode(token.group(1)) : "");
            HttpResponse<String> answer = session.http.send(HttpRequest.newBuilder(base.resolve("/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            String next = answer.headers().firstValue("Location").orElse("");
            if (answer.statusCode() != 302 || next.contains("error")) {
                throw new IllegalStateException("Signing in as " + user + " failed: HTTP " + answer.statusCode() + " " + next);
            }
            return session;
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            String separator = path.contains("?") ? "&" : "?";
            HttpRequest request = HttpRequest.newBuilder(base.resolve(path + separator + "lang=" + lang)).GET()
                    .timeout(Duration.ofSeconds(60)).build();
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        private static String encode(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    }
}
