package io.manyi.hotline.bench;

import io.manyi.platform.cli.KeepAliveConnection;
import io.manyi.platform.cli.ServerCpu;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Load on {@code GET /api/v1/hotline/route} of a running server, open-loop: request {@code i} is
 * due at {@code start + i / rate} whatever happened to the ones before, and its latency is counted
 * from that due time, not from when it was actually sent. A server that stalls therefore shows
 * the wait of every call that queued behind the stall (no coordinated omission). The client runs
 * in this JVM on plain keep-alive sockets, a virtual thread per call: the JDK's HttpClient cost
 * about 0.35 ms of CPU per call, more than the route's database work, on the same two cores as
 * the server it measures (docs/hotline.md).
 */
@Command(name = "hotline", mixinStandardHelpOptions = true,
        description = "Open-loop load on the hotline route of a running server; prints rate, percentiles, errors.")
public final class HotlineBenchCommand implements Callable<Integer> {

    private static final Pattern MSISDN = Pattern.compile("\"msisdn\"\\s*:\\s*\"(\\d{11})\"");

    @Mixin
    ServerCpu cpu;

    @Option(names = "--url", defaultValue = "http://localhost:8080", description = "Server (default: ${DEFAULT-VALUE}).")
    String url;

    @Option(names = "--user", defaultValue = "ivr", description = "The IVR credential (default: ${DEFAULT-VALUE}).")
    String user;

    @Option(names = "--password", defaultValue = "demo", description = "Its password (default: ${DEFAULT-VALUE}).")
    String password;

    @Option(names = "--lookup-user", defaultValue = "admin",
            description = "A user who may search subscribers, to pick the numbers to call with (default: ${DEFAULT-VALUE}).")
    String lookupUser;

    @Option(names = "--lookup-password", defaultValue = "demo", description = "Its password (default: ${DEFAULT-VALUE}).")
    String lookupPassword;

    @Option(names = "--rate", defaultValue = "1000", description = "Requests per second (default: ${DEFAULT-VALUE}).")
    int rate;

    @Option(names = "--seconds", defaultValue = "30", description = "Measured seconds (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--warmup", defaultValue = "10", description = "Seconds at the same rate before measuring (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--numbers", defaultValue = "1000", description = "Distinct subscriber numbers to call with (default: ${DEFAULT-VALUE}).")
    int numbers;

    @Option(names = "--unknown-share", defaultValue = "0.05",
            description = "Share of calls from numbers that are not ours (default: ${DEFAULT-VALUE}).")
    double unknownShare;

    @Option(names = "--connections", defaultValue = "32",
            description = "Requests in flight at most, like a keep-alive connection pool (default: ${DEFAULT-VALUE}). "
                    + "A request that waits for one still counts its latency from its due time.")
    int connections;

    @Override
    public Integer call() throws Exception {
        URI base = URI.create(url);
        List<String> callers = callers(base);
        if (callers.isEmpty()) {
            System.err.println("No subscribers found on " + url + " (is the demo loaded?)");
            return 1;
        }
        BlockingQueue<KeepAliveConnection> pool = new ArrayBlockingQueue<>(connections);
        for (int i = 0; i < connections; i++) {
            pool.add(new KeepAliveConnection(base, basic(user, password)));
        }
        KeepAliveConnection.Response probe = pool.peek().send("GET", path(callers.getFirst()), null, null);
        if (probe.status() != 200) {
            System.err.printf("The route answered %d for user %s: %s%n", probe.status(), user, probe.body());
            return 1;
        }
        System.out.printf("%,d numbers (%.0f%% unknown), %,d requests/s, %d s warm-up + %d s measured, against %s%n",
                callers.size(), unknownShare * 100, rate, warmup, seconds, url);
        try {
            if (warmup > 0) {
                run(pool, callers, warmup, new SplittableRandom(1));
            }
            ServerCpu.Reading cpuBefore = cpu.read();
            Result result = run(pool, callers, seconds, new SplittableRandom(2));
            ServerCpu.Reading cpuAfter = cpu.read();
            result.print();
            System.out.println(cpu.perOperation(cpuBefore, cpuAfter, result.latencies().length));
            return result.errors == 0 ? 0 : 2;
        } finally {
            pool.forEach(KeepAliveConnection::close);
        }
    }

    private Result run(BlockingQueue<KeepAliveConnection> pool, List<String> callers, int runSeconds, SplittableRandom random)
            throws InterruptedException {
        int total = Math.toIntExact((long) rate * runSeconds);
        long[] latencies = new long[total];
        LongAdder errors = new LongAdder();
        AtomicInteger inFlight = new AtomicInteger();
        AtomicReference<String> firstError = new AtomicReference<>();
        int maxInFlight = 0;
        double intervalNanos = 1e9 / rate;
        long start = System.nanoTime();
        try (ExecutorService calls = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < total; i++) {
                long due = start + (long) (i * intervalNanos);
                long wait;
                while ((wait = due - System.nanoTime()) > 0) {
                    if (wait > 200_000) {
                        LockSupport.parkNanos(wait - 100_000);
                    } else {
                        Thread.onSpinWait();
                    }
                }
                String msisdn = random.nextDouble() < unknownShare
                        ? "170" + String.format("%08d", random.nextInt(100_000_000))
                        : callers.get(random.nextInt(callers.size()));
                int slot = i;
                KeepAliveConnection connection = pool.take(); // all busy: this call waits, its latency counting
                maxInFlight = Math.max(maxInFlight, inFlight.incrementAndGet());
                calls.execute(() -> {
                    try {
                        KeepAliveConnection.Response response = connection.send("GET", path(msisdn), null, null);
                        if (response.status() != 200) {
                            errors.increment();
                            firstError.compareAndSet(null, "HTTP " + response.status() + " " + response.body());
                        }
                    } catch (IOException | RuntimeException e) {
                        errors.increment();
                        firstError.compareAndSet(null, e.toString());
                    } finally {
                        latencies[slot] = System.nanoTime() - due;
                        inFlight.decrementAndGet();
                        pool.add(connection);
                    }
                });
            }
        } // closing the executor waits for the last calls
        double elapsed = (System.nanoTime() - start) / 1e9;
        if (firstError.get() != null) {
            System.out.println("first error: " + firstError.get());
        }
        return new Result(latencies, elapsed, errors.sum(), maxInFlight);
    }

    private record Result(long[] latencies, double elapsedSeconds, long errors, int maxInFlight) {

        void print() {
            long[] sorted = latencies.clone();
            Arrays.sort(sorted);
            System.out.printf("achieved %,.0f requests/s (%,d in %.2f s), errors %,d, at most %d in flight%n",
                    sorted.length / elapsedSeconds, sorted.length, elapsedSeconds, errors, maxInFlight);
            System.out.printf("latency from due time: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, p99.9 %.2f ms, max %.2f ms%n",
                    ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99), ms(sorted, 0.999), sorted[sorted.length - 1] / 1e6);
        }

        private static double ms(long[] sorted, double quantile) {
            int index = (int) Math.ceil(quantile * sorted.length) - 1;
            return sorted[Math.clamp(index, 0, sorted.length - 1)] / 1e6;
        }
    }

    private static String path(String msisdn) {
        return "/api/v1/hotline/route?msisdn=" + msisdn;
    }

    /** Numbers from the subscriber search, by prefix, until there are enough. */
    private List<String> callers(URI base) throws IOException {
        Set<String> found = new LinkedHashSet<>();
        try (KeepAliveConnection search = new KeepAliveConnection(base, basic(lookupUser, lookupPassword))) {
            for (int prefix = 130; prefix <= 199 && found.size() < numbers; prefix++) {
                KeepAliveConnection.Response response = search.send("GET", "/api/v1/subscribers?limit=200&q=" + prefix, null, null);
                if (response.status() != 200) {
                    throw new IllegalStateException("Search as " + lookupUser + " answered " + response.status());
                }
                Matcher m = MSISDN.matcher(response.body());
                while (m.find() && found.size() < numbers) {
                    found.add(m.group(1));
                }
            }
        }
        return new ArrayList<>(found);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
