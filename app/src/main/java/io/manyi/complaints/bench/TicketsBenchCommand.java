package io.manyi.complaints.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import io.manyi.platform.cli.KeepAliveConnection;
import io.manyi.platform.cli.ServerCpu;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Creates complaint tickets and posts survey replies at a running server over loopback, then
 * prints throughput and latency percentiles of each. It WRITES tickets: run it against a demo.
 */
@Command(name = "tickets", mixinStandardHelpOptions = true,
        description = "Ticket creations and survey replies against a running server (writes tickets).")
public final class TicketsBenchCommand implements Callable<Integer> {

    private static final Pattern MSISDN = Pattern.compile("\"msisdn\"\\s*:\\s*\"(\\d{11})\"");
    private static final String[] CATEGORIES = {"NETWORK_SLOW", "BILLING_ERROR", "VAS_UNKNOWING_SUBSCRIPTION", "HALL_WAIT",
            "SERVICE_ATTITUDE", "NS_MONTERNET_CANNOT_CANCEL"};
    private static final String[] REPLIES = {"9", "8 7 9", "十分", "3", "满意", "好的"};

    @Option(names = "--url", defaultValue = "http://localhost:8080", description = "Server (default: ${DEFAULT-VALUE}).")
    String url;

    @Option(names = "--user", defaultValue = "admin", description = "An ADMIN user (default: ${DEFAULT-VALUE}).")
    String user;

    @Option(names = "--password", defaultValue = "demo", description = "Its password (default: ${DEFAULT-VALUE}).")
    String password;

    @Option(names = "--concurrency", defaultValue = "32", description = "Requests in flight (default: ${DEFAULT-VALUE}).")
    int concurrency;

    @Option(names = "--seconds", defaultValue = "20", description = "How long to fire each phase (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Mixin
    ServerCpu cpu;

    /** For the set-up only; the workers use one keep-alive socket each (the JDK client cost ~1-3 ms of CPU per request). */
    private HttpClient http;
    private URI base;
    private String authorization;

    @Override
    public Integer call() throws Exception {
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        base = URI.create(url);
        authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        List<String> numbers = numbers();
        if (numbers.isEmpty()) {
            System.err.println("No subscribers found through " + url + "/api/v1/subscribers: is the demo loaded?");
            return 1;
        }
        System.out.printf("%,d subscribers, %d in flight for %d s per phase against %s%n", numbers.size(), concurrency, seconds, url);
        Phase creations = fire(connection -> {
            String msisdn = numbers.get(ThreadLocalRandom.current().nextInt(numbers.size()));
            String category = CATEGORIES[ThreadLocalRandom.current().nextInt(CATEGORIES.length)];
            return send(connection, "/api/v1/tickets", "{\"msisdn\":\"" + msisdn + "\",\"channel\":\"HOTLINE\",\"category\":\"" + category
                    + "\",\"severity\":\"MEDIUM\",\"description\":\"bench ticket\"}") == 201;
        });
        creations.print("ticket creations");
        Phase replies = fire(connection -> {
            String msisdn = numbers.get(ThreadLocalRandom.current().nextInt(numbers.size()));
            String text = REPLIES[ThreadLocalRandom.current().nextInt(REPLIES.length)];
            return send(connection, "/api/v1/surveys/replies", "{\"msisdn\":\"" + msisdn + "\",\"text\":\"" + text + "\"}") == 200;
        });
        replies.print("survey replies");
        return creations.errors.sum() == 0 && replies.errors.sum() == 0 ? 0 : 2;
    }

    interface Request {
        boolean send(KeepAliveConnection connection) throws Exception;
    }

    record Phase(LongAdder ok, LongAdder errors, long[] latencies, double seconds, String cpu) {
        void print(String what) {
            System.out.printf("%s: %,d in %.1f s = %,.0f/s, errors %,d; latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n",
                    what, ok.sum(), seconds, ok.sum() / seconds, errors.sum(), pct(0.50), pct(0.95), pct(0.99));
            System.out.println("  " + cpu);
        }

        private double pct(double p) {
            return latencies.length == 0 ? 0 : latencies[Math.min(latencies.length - 1, (int) (p * latencies.length))] / 1e6;
        }
    }

    private Phase fire(Request request) {
        LongAdder ok = new LongAdder();
        LongAdder errors = new LongAdder();
        List<long[]> latencies = new ArrayList<>();
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        long started = System.nanoTime();
        ServerCpu.Reading cpuBefore = cpu.read();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int t = 0; t < concurrency; t++) {
                long[] mine = new long[200_000];
                latencies.add(mine);
                threads.submit(() -> {
                    KeepAliveConnection connection = new KeepAliveConnection(base, authorization);
                    int n = 0;
                    while (System.nanoTime() < end) {
                        long t0 = System.nanoTime();
                        try {
                            if (request.send(connection)) {
                                ok.increment();
                            } else {
                                errors.increment();
                            }
                        } catch (Exception e) {
                            errors.increment();
                        }
                        if (n < mine.length - 1) {
                            mine[n++] = System.nanoTime() - t0;
                        }
                    }
                    mine[mine.length - 1] = n;
                    connection.close();
                    return null;
                });
            }
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        ServerCpu.Reading cpuAfter = cpu.read();
        long[] all = latencies.stream().flatMapToLong(l -> Arrays.stream(l, 0, (int) l[l.length - 1])).sorted().toArray();
        return new Phase(ok, errors, all, elapsed, cpu.perOperation(cpuBefore, cpuAfter, ok.sum() + errors.sum()));
    }

    private List<String> numbers() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url + "/api/v1/subscribers?limit=1000"))
                .header("Authorization", authorization).GET().build(), HttpResponse.BodyHandlers.ofString());
        List<String> numbers = new ArrayList<>();
        Matcher m = MSISDN.matcher(r.body());
        while (m.find()) {
            numbers.add(m.group(1));
        }
        return numbers;
    }

    private static int send(KeepAliveConnection connection, String path, String json) throws Exception {
        return connection.send("POST", path, json, null).status();
    }
}
