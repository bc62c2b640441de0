package org.campcoplanner.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.campcoplanner.CampWeekClock;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A load smoke test, not a test: 20 connections call the demo volunteer's {@code /api/me/shifts}
 * (HTTP Basic) and their calendar feed, half each, for 30 s against the app on a real port, and the
 * throughput, latency percentiles and status codes go to {@code target/benchmarks-api-load.md}
 * (figures in docs/benchmarks.md). Run with
 * {@code ./mvnw test -Dtest=ApiLoadBenchmark -DexcludedGroups=none} and nothing else meanwhile;
 * {@code -Dload.connections=20 -Dload.seconds=30} change the load.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("h2test")
@Import(CampWeekClock.class)
class ApiLoadBenchmark {

    @LocalServerPort
    int port;

    @Test
    void twentyConnectionsOnMyShiftsAndTheCalendarFeed() throws Exception {
        int connections = Integer.getInteger("load.connections", 20);
        int seconds = Integer.getInteger("load.seconds", 30);
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String basic = "Basic " + Base64.getEncoder().encodeToString("volunteer:demo".getBytes(StandardCharsets.UTF_8));
        URI shifts = URI.create("http://localhost:" + port + "/api/me/shifts");
        HttpResponse<String> urlAnswer = client.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/me/calendar-url")).header("Authorization", basic).build(),
                HttpResponse.BodyHandlers.ofString());
        URI feed = URI.create("http://localhost:" + port
                + URI.create(new ObjectMapper().readTree(urlAnswer.body()).get("url").asText()).getPath());

        Map<String, Result> results = new TreeMap<>();
        results.put("/api/me/shifts (HTTP Basic)", new Result());
        results.put("/calendar/{secret}.ics", new Result());
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        for (int c = 0; c < connections; c++) {
            boolean api = c % 2 == 0;
            Result result = results.get(api ? "/api/me/shifts (HTTP Basic)" : "/calendar/{secret}.ics");
            pool.submit(() -> {
                HttpRequest request = api ? HttpRequest.newBuilder(shifts).header("Authorization", basic).build()
                        : HttpRequest.newBuilder(feed).build();
                while (System.nanoTime() < until) {
                    long started = System.nanoTime();
                    int status;
                    try {
                        status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                    } catch (IOException | InterruptedException e) {
                        status = -1;
                    }
                    result.add(status, System.nanoTime() - started);
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);

        StringBuilder report = new StringBuilder("# API load smoke test: ").append(connections)
                .append(" connections, ").append(seconds).append(" s\n\n")
                .append("| endpoint | requests | req/s | p50 ms | p90 ms | p99 ms | max ms | statuses |\n")
                .append("|---|---|---|---|---|---|---|---|\n");
        results.forEach((name, result) -> report.append(result.row(name, seconds)));
        Path out = Path.of("target", "benchmarks-api-load.md");
        Files.writeString(out, report);
        System.out.println(report);
    }

    private static final class Result {
        private final List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
        private final Map<Integer, AtomicLong> statuses = Collections.synchronizedMap(new TreeMap<>());

        void add(int status, long took) {
            nanos.add(took);
            statuses.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
        }

        String row(String name, int seconds) {
            List<Long> sorted = new ArrayList<>(nanos);
            Collections.sort(sorted);
            return "| " + name + " | " + sorted.size() + " | " + String.format("%.1f", sorted.size() / (double) seconds)
                    + " | " + ms(sorted, 0.50) + " | " + ms(sorted, 0.90) + " | " + ms(sorted, 0.99) + " | "
                    + ms(sorted, 1.0) + " | " + statuses + " |\n";
        }

        private static long ms(List<Long> sorted, double quantile) {
            if (sorted.isEmpty()) {
                return 0;
            }
            int index = (int) Math.min(sorted.size() - 1, Math.ceil(quantile * sorted.size()) - 1);
            return sorted.get(Math.max(0, index)) / 1_000_000;
        }
    }
}
