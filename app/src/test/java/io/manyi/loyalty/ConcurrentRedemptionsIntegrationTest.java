package io.manyi.loyalty;

import static io.manyi.loyalty.LoyaltyFixture.RICH;
import static org.assertj.core.api.Assertions.assertThat;

import io.manyi.platform.security.DemoUsers;
import io.manyi.testing.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** 100 concurrent redemptions over HTTP against an account that can afford exactly 50. */
@IntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConcurrentRedemptionsIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoUsers demoUsers;

    @Autowired
    Clock clock;

    @Test
    void exactlyFiftySucceedAndTheBalanceEndsAtZero() throws Exception {
        LoyaltyFixture.load(jdbc, demoUsers);
        LoyaltyFixture.earn(jdbc, clock, RICH, 3500);
        LoyaltyFixture.earn(jdbc, clock, RICH, 1500); // 5000 = 50 x 100 (DATA-1G)
        HttpClient http = HttpClient.newHttpClient();
        String auth = "Basic " + Base64.getEncoder().encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8));
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 100; i++) {
                String key = "concurrent-" + i;
                answers.add(threads.submit(() -> {
                    start.await();
                    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/loyalty/redemptions"))
                            .header("Authorization", auth).header("Content-Type", "application/json")
                            .header("Idempotency-Key", key)
                            .POST(HttpRequest.BodyPublishers.ofString("{\"msisdn\":\"" + RICH + "\",\"item\":\"DATA-1G\",\"quantity\":1}"))
                            .build();
                    return http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
                }));
            }
            start.countDown();
        }
        java.util.Map<Integer, Integer> statuses = new java.util.TreeMap<>();
        for (Future<Integer> answer : answers) {
            statuses.merge(answer.get(), 1, Integer::sum);
        }
        assertThat(statuses).as("answers by HTTP status").isEqualTo(java.util.Map.of(201, 50, 409, 50));
        assertThat(LoyaltyFixture.balance(jdbc, RICH)).isZero();
        assertThat(jdbc.sql("select count(*) from points_redemptions").query(Long.class).single()).isEqualTo(50);
    }
}
