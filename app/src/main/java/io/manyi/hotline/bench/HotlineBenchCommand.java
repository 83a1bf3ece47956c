package io.manyi.hotline.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import io.manyi.platform.cli.ServerCpu;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Load on {@code GET /api/v1/hotline/route} of a running server, open-loop: request {@code i} is
 * due at {@code start + i / rate} whatever happened to the ones before, and its latency is counted
 * from that due time, not from when it was actually sent. A server that stalls therefore shows
 * the wait of every call that queued behind the stall (no coordinated omission). The client runs
 * in this JVM with its own small thread pool and keep-alive connections (docs/hotline.md).
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

    @Option(names = "--threads", defaultValue = "2", description = "Client threads for responses (default: ${DEFAULT-VALUE}).")
    int threads;

    @Override
    public Integer call() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "bench-hotline-client");
            thread.setDaemon(true);
            return thread;
        });
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(pool)
                .connectTimeout(Duration.ofSeconds(5)).build();
        List<String> callers = callers(http);
        if (callers.isEmpty()) {
            System.err.println("No subscribers found on " + url + " (is the demo loaded?)");
            return 1;
        }
        String authorization = basic(user, password);
        HttpResponse<String> probe = http.send(request(callers.getFirst(), authorization), HttpResponse.BodyHandlers.ofString());
        if (probe.statusCode() != 200) {
            System.err.printf("The route answered %d for user %s: %s%n", probe.statusCode(), user, probe.body());
            return 1;
        }
        System.out.printf("%,d numbers (%.0f%% unknown), %,d requests/s, %d s warm-up + %d s measured, against %s%n",
                callers.size(), unknownShare * 100, rate, warmup, seconds, url);
        if (warmup > 0) {
            run(http, callers, authorization, warmup, new SplittableRandom(1));
        }
        ServerCpu.Reading cpuBefore = cpu.read();
        Result result = run(http, callers, authorization, seconds, new SplittableRandom(2));
        ServerCpu.Reading cpuAfter = cpu.read();
        result.print();
        System.out.println(cpu.perOperation(cpuBefore, cpuAfter, result.latencies().length));
        pool.shutdownNow();
        return result.errors == 0 ? 0 : 2;
    }

    private Result run(HttpClient http, List<String> callers, String authorization, int runSeconds, SplittableRandom random)
            throws InterruptedException {
        int total = Math.toIntExact((long) rate * runSeconds);
        long[] latencies = new long[total];
        LongAdder errors = new LongAdder();
        AtomicInteger inFlight = new AtomicInteger();
        Semaphore slots = new Semaphore(connections);
        AtomicReference<String> firstError = new AtomicReference<>();
        int maxInFlight = 0;
        CompletableFuture<?>[] calls = new CompletableFuture<?>[total];
        double intervalNanos = 1e9 / rate;
        long start = System.nanoTime();
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
            slots.acquire();
            maxInFlight = Math.max(maxInFlight, inFlight.incrementAndGet());
            calls[i] = http.sendAsync(request(msisdn, authorization), HttpResponse.BodyHandlers.ofString())
                    .whenComplete((response, failure) -> {
                        latencies[slot] = System.nanoTime() - due;
                        inFlight.decrementAndGet();
                        slots.release();
                        if (failure != null || response.statusCode() != 200) {
                            errors.increment();
                            firstError.compareAndSet(null, failure != null ? failure.toString()
                                    : "HTTP " + response.statusCode() + " " + response.body());
                        }
                    });
        }
        try {
            CompletableFuture.allOf(calls).join();
        } catch (Exception e) {
            // counted as errors above
        }
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

    private HttpRequest request(String msisdn, String authorization) {
        return HttpRequest.newBuilder(URI.create(url + "/api/v1/hotline/route?msisdn=" + msisdn))
                .header("Authorization", authorization).header("Accept", "application/json")
                .timeout(Duration.ofSeconds(10)).GET().build();
    }

    /** Numbers from the subscriber search, by prefix, until there are enough. */
    private List<String> callers(HttpClient http) throws Exception {
        String authorization = basic(lookupUser, lookupPassword);
        Set<String> found = new LinkedHashSet<>();
        for (int prefix = 130; prefix <= 199 && found.size() < numbers; prefix++) {
            HttpRequest search = HttpRequest.newBuilder(URI.create(url + "/api/v1/subscribers?limit=200&q=" + prefix))
                    .header("Authorization", authorization).GET().build();
            HttpResponse<String> response = http.send(search, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Search as " + lookupUser + " answered " + response.statusCode());
            }
            Matcher m = MSISDN.matcher(response.body());
            while (m.find() && found.size() < numbers) {
                found.add(m.group(1));
            }
        }
        return new ArrayList<>(found);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
