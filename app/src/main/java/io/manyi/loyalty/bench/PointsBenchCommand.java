package io.manyi.loyalty.bench;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import io.manyi.platform.cli.KeepAliveConnection;
import io.manyi.platform.cli.ServerCpu;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Fires concurrent redemptions and merchant payments (authorise, then capture or cancel) at a
 * running server over loopback, then checks every account it touched: an overdraft is a
 * negative balance, a mismatch a balance that differs from the start plus top-up minus what the
 * successful requests took, or from the sum of the account's entries. It WRITES to the
 * server's ledger (a top-up adjustment per account first): run it against a demo.
 */
@Command(name = "points", mixinStandardHelpOptions = true,
        description = "Concurrent redemptions and merchant payments against a running server (writes to its ledger).")
public final class PointsBenchCommand implements Callable<Integer> {

    private static final Pattern NUMBER = Pattern.compile("\"%s\"\\s*:\\s*(-?\\d+)");

    @Option(names = "--url", defaultValue = "http://localhost:8080", description = "Server (default: ${DEFAULT-VALUE}).")
    String url;

    @Option(names = "--user", defaultValue = "admin", description = "An ADMIN user (default: ${DEFAULT-VALUE}).")
    String user;

    @Option(names = "--password", defaultValue = "demo", description = "Its password (default: ${DEFAULT-VALUE}).")
    String password;

    @Option(names = "--accounts", defaultValue = "200", description = "Eligible accounts to use (default: ${DEFAULT-VALUE}).")
    int accounts;

    @Option(names = "--concurrency", defaultValue = "64", description = "Requests in flight (default: ${DEFAULT-VALUE}).")
    int concurrency;

    @Option(names = "--seconds", defaultValue = "20", description = "How long to fire (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--merchant-share", defaultValue = "0.2",
            description = "Share of operations that are merchant payments (default: ${DEFAULT-VALUE}).")
    double merchantShare;

    @Option(names = "--top-up", defaultValue = "0", description = "Points added to each account first (default: ${DEFAULT-VALUE}).")
    long topUp;

    @Mixin
    ServerCpu cpu;

    private URI base;
    private String authorization;
    /** The connection of the main thread (set-up and checks); each worker has its own. */
    private KeepAliveConnection main;

    @Override
    public Integer call() throws Exception {
        base = URI.create(url);
        authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        main = new KeepAliveConnection(base, authorization);
        List<String> numbers = eligibleAccounts();
        if (numbers.isEmpty()) {
            System.err.println("No eligible accounts on " + url + ": run the accrual first (./manyi points accrue --all-months).");
            return 1;
        }
        String item = cheapestItem();
        long cost = number(send("GET", "/api/v1/loyalty/catalog", null, null).body(), "costPoints");
        Map<String, AtomicLong> expected = new ConcurrentHashMap<>();
        String run = UUID.randomUUID().toString().substring(0, 8);
        for (String msisdn : numbers) {
            if (topUp > 0) {
                send("POST", "/api/v1/loyalty/accounts/" + msisdn + "/adjustments",
                        "{\"points\":" + topUp + ",\"reason\":\"bench top-up\"}", "bench-" + run + "-topup-" + msisdn);
            }
            expected.put(msisdn, new AtomicLong(balance(msisdn)));
        }
        System.out.printf("%d accounts, item %s, %d in flight for %d s against %s%n", numbers.size(), item, concurrency, seconds, url);

        LongAdder redemptions = new LongAdder();
        LongAdder refused = new LongAdder();
        LongAdder payments = new LongAdder();
        LongAdder errors = new LongAdder();
        List<long[]> latencies = new ArrayList<>();
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        long started = System.nanoTime();
        Duration clientCpuBefore = clientCpu();
        ServerCpu.Reading cpuBefore = cpu.read();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int t = 0; t < concurrency; t++) {
                long[] mine = new long[200_000];
                latencies.add(mine);
                int worker = t;
                threads.submit(() -> {
                    KeepAliveConnection connection = new KeepAliveConnection(base, authorization);
                    int n = 0;
                    for (long i = 0; System.nanoTime() < end; i++) {
                        String msisdn = numbers.get(ThreadLocalRandom.current().nextInt(numbers.size()));
                        String key = "bench-" + run + "-" + worker + "-" + i;
                        long t0 = System.nanoTime();
                        try {
                            if (ThreadLocalRandom.current().nextDouble() < merchantShare) {
                                merchantPayment(connection, msisdn, key, expected, payments, refused, errors);
                            } else {
                                KeepAliveConnection.Response r = connection.send("POST", "/api/v1/loyalty/redemptions",
                                        "{\"msisdn\":\"" + msisdn + "\",\"item\":\"" + item + "\",\"quantity\":1}", key);
                                if (r.status() == 201) {
                                    redemptions.increment();
                                    expected.get(msisdn).addAndGet(-cost);
                                } else if (r.status() == 409) {
                                    refused.increment();
                                } else {
                                    errors.increment();
                                }
                            }
                        } catch (Exception e) {
                            errors.increment();
                        }
                        if (n < mine.length) {
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
        double clientCpuSeconds = clientCpu().minus(clientCpuBefore).toNanos() / 1e9;
        long overdrafts = 0;
        long mismatches = 0;
        for (String msisdn : numbers) {
            KeepAliveConnection.Response entries = send("GET", "/api/v1/loyalty/accounts/" + msisdn + "/entries", null, null);
            long balance = number(entries.body(), "balance");
            long sum = sumOfPoints(entries.body());
            if (balance < 0) {
                overdrafts++;
            }
            if (balance != sum || balance != expected.get(msisdn).get()) {
                mismatches++;
            }
        }
        long[] all = latencies.stream().flatMapToLong(l -> Arrays.stream(l, 0, (int) l[l.length - 1])).sorted().toArray();
        System.out.printf("redemptions: %,d in %.1f s = %,.0f/s; merchant payments: %,d (%,.0f/s); refused (409): %,d; errors: %,d%n",
                redemptions.sum(), elapsed, redemptions.sum() / elapsed, payments.sum(), payments.sum() / elapsed,
                refused.sum(), errors.sum());
        System.out.printf("all operations: %,.0f/s; latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n",
                all.length / elapsed, pct(all, 0.50), pct(all, 0.95), pct(all, 0.99));
        System.out.printf("bench client: %.1f CPU seconds (%.0f%% of one core), %.0f µs of CPU per operation%n",
                clientCpuSeconds, 100 * clientCpuSeconds / elapsed, 1e6 * clientCpuSeconds / Math.max(1, all.length));
        System.out.println(cpu.perOperation(cpuBefore, cpuAfter, all.length));
        System.out.printf("overdrafts: %d, ledger mismatches: %d (of %d accounts)%n", overdrafts, mismatches, numbers.size());
        return overdrafts == 0 && mismatches == 0 ? 0 : 2;
    }

    /** Authorise, then capture (two in three) or cancel; the expected balance follows what succeeded. */
    private void merchantPayment(KeepAliveConnection connection, String msisdn, String key, Map<String, AtomicLong> expected, LongAdder payments,
                                 LongAdder refused, LongAdder errors) throws Exception {
        long points = 50 + ThreadLocalRandom.current().nextInt(200);
        KeepAliveConnection.Response auth = connection.send("POST", "/api/v1/loyalty/merchant-payments",
                "{\"merchant\":\"M-COFFEE\",\"msisdn\":\"" + msisdn + "\",\"points\":" + points + "}", key);
        if (auth.status() == 409) {
            refused.increment();
            return;
        }
        if (auth.status() != 201) {
            errors.increment();
            return;
        }
        expected.get(msisdn).addAndGet(-points);
        long id = number(auth.body(), "id");
        boolean capture = ThreadLocalRandom.current().nextInt(3) != 0;
        KeepAliveConnection.Response done = connection.send("POST",
                "/api/v1/loyalty/merchant-payments/" + id + (capture ? "/capture" : "/cancel"),
                null, key + (capture ? "-capture" : "-cancel"));
        if (done.status() == 201) {
            payments.increment();
            if (!capture) {
                expected.get(msisdn).addAndGet(points);
            }
        } else {
            errors.increment();
        }
    }

    private List<String> eligibleAccounts() throws Exception {
        String body = send("GET", "/api/v1/loyalty/accounts?eligible=true&limit=" + accounts, null, null).body();
        List<String> numbers = new ArrayList<>();
        Matcher m = Pattern.compile("\"msisdn\"\\s*:\\s*\"(\\d{11})\"").matcher(body);
        while (m.find()) {
            numbers.add(m.group(1));
        }
        return numbers;
    }

    /** The catalog lists the cheapest first; the demo's cheapest has unlimited stock. */
    private String cheapestItem() throws Exception {
        String body = send("GET", "/api/v1/loyalty/catalog", null, null).body();
        Matcher m = Pattern.compile("\"code\"\\s*:\\s*\"([^\"]+)\"").matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("empty catalog");
        }
        return m.group(1);
    }

    private long balance(String msisdn) throws Exception {
        return number(send("GET", "/api/v1/loyalty/accounts/" + msisdn, null, null).body(), "balance");
    }

    private KeepAliveConnection.Response send(String method, String path, String body, String key) throws Exception {
        return main.send(method, path, body, key);
    }

    private static long number(String json, String field) {
        Matcher m = Pattern.compile(String.format(NUMBER.pattern(), field)).matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + field + " in " + json.substring(0, Math.min(200, json.length())));
        }
        return Long.parseLong(m.group(1));
    }

    private static long sumOfPoints(String json) {
        long sum = 0;
        Matcher m = Pattern.compile("\"points\"\\s*:\\s*(-?\\d+)").matcher(json);
        while (m.find()) {
            sum += Long.parseLong(m.group(1));
        }
        return sum;
    }

    /** CPU used by this JVM so far: the bench's own cost, to tell whether the client is the bottleneck. */
    private static Duration clientCpu() {
        return ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
    }

    private static double pct(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) (p * sorted.length))] / 1e6;
    }
}
