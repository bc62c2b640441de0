package org.campcoplanner.instances;

import org.campcoplanner.Application;
import org.campcoplanner.PostgresTest;
import org.campcoplanner.camp.CampPlanService;
import org.campcoplanner.planning.format.CampPlan;
import org.campcoplanner.planning.format.PlanReader;
import org.campcoplanner.planning.format.TestPlans;
import org.campcoplanner.roster.SolveStatus;
import org.campcoplanner.roster.SolvingService;
import org.campcoplanner.signoff.CampTeam;
import org.campcoplanner.signoff.CampTeams;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An instance lost mid-solve, for real: a second app instance runs as a process of its own, starts
 * a camp's solve and is killed (no shutdown at all) while solving. The instances left notice that
 * its heartbeat stopped, one of them starts the solve again from the draft and saves the result;
 * the solve never runs on two instances at once.
 */
@PostgresTest
class LostInstanceTest {

    private static final Duration START_WAIT = Duration.ofSeconds(180);

    @Autowired
    CampTeams teams;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SolvingService solving;
    @Autowired
    CampPlanService campPlans;
    @Autowired
    InstanceName thisInstance;

    @Test
    void whenTheInstanceSolvingACampIsLostAnotherStartsItAgainAndSavesTheRoster() throws Exception {
        CampTeam team = teams.of(new PlanReader().read(TestPlans.read(TestPlans.SMALL_CAMP)));
        int port = freePort();
        Path log = Files.createTempFile("lost-instance", ".log");
        Process other = startInstance(port, log.toFile());
        try {
            awaitReady(other, port, log);
            HttpResponse<String> started = post(port, "/api/camps/" + team.campId() + "/solve?seconds=15",
                    team.leader(), "long enough");
            assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
            await().atMost(Duration.ofSeconds(30)).until(() -> job(team.campId()).get("best_score") != null);
            Map<String, Object> running = job(team.campId());
            assertThat(running.get("runner")).as("the other instance runs the solve")
                    .isNotEqualTo(thisInstance.value());
            assertThat(running.get("runs")).isEqualTo(1);

            other.destroyForcibly();
            assertThat(other.waitFor(20, TimeUnit.SECONDS)).isTrue();

            await().atMost(Duration.ofSeconds(90)).until(() -> "FINISHED".equals(job(team.campId()).get("state")));
            Map<String, Object> finished = job(team.campId());
            // this instance, or another app context of the test run on the same database
            assertThat(finished.get("runner")).isNotEqualTo(running.get("runner"));
            assertThat(finished.get("runs")).isEqualTo(2);
            SolveStatus status = teams.actors().as(team.leader(), () -> solving.status(team.campId()));
            assertThat(status.state()).isEqualTo(SolveStatus.State.FINISHED);
            assertThat(status.best().restarted()).isTrue();
            CampPlan draft = teams.actors().as(team.leader(), () -> campPlans.exportPlan(team.campId()));
            assertThat(draft.assignments()).filteredOn(seat -> seat.person() != null).hasSizeGreaterThan(40);
        } finally {
            other.destroyForcibly();
            Files.deleteIfExists(log);
        }
    }

    private Map<String, Object> job(long campId) {
        return jdbc.sql("SELECT state, runner, runs, best_score FROM solve_job WHERE camp_id = ?").param(campId)
                .query().singleRow();
    }

    /** The app as its own JVM on this test's classpath and database, polling often for work left behind. */
    private static Process startInstance(int port, File log) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = List.of(java, "-Xmx768m", "-cp", System.getProperty("java.class.path"),
                Application.class.getName(), "--spring.profiles.active=pgtest", "--server.port=" + port,
                "--spring.main.banner-mode=off");
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
    }

    private static void awaitReady(Process other, int port, Path log) throws IOException {
        HttpClient http = HttpClient.newHttpClient();
        long until = System.nanoTime() + START_WAIT.toNanos();
        while (System.nanoTime() < until) {
            if (!other.isAlive()) {
                throw new AssertionError("The other instance did not start:\n" + tail(log));
            }
            try {
                HttpResponse<String> ready = http.send(HttpRequest.newBuilder(
                                URI.create("http://localhost:" + port + "/actuator/health/readiness")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            sleep(500);
        }
        throw new AssertionError("The other instance was not ready within " + START_WAIT + ":\n" + tail(log));
    }

    private static HttpResponse<String> post(int port, String path, String username, String password)
            throws IOException, InterruptedException {
        String basic = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + basic).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
