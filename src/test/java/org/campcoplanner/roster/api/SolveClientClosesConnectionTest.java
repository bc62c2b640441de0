package org.campcoplanner.roster.api;

import org.campcoplanner.CampWeekClock;
import org.campcoplanner.planning.format.PlanWriter;
import org.campcoplanner.planning.generator.CampGenerator;
import org.campcoplanner.planning.generator.CampSize;
import org.campcoplanner.roster.SolveSlots;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * From the attacker's side, over a real connection on the loopback: a client asks for a long
 * solve, reads the start of the answer and hangs up; the server notices at its next heartbeat and
 * stops the solve, long before its seconds or its unimproved limit would have. (The same context
 * as the browser test: the app as a new user starts it, on a random port.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("h2test")
@Import(CampWeekClock.class)
class SolveClientClosesConnectionTest {

    @LocalServerPort
    int port;
    @Autowired
    SolveSlots slots;

    @Test
    void aClientThatHangsUpMidSolveStopsItsSolve() throws Exception {
        byte[] plan = new PlanWriter().write(new CampGenerator().generate(CampSize.M, 2026))
                .getBytes(StandardCharsets.UTF_8);
        String head = "POST /api/solve?seconds=120 HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: Basic " + Base64.getEncoder().encodeToString("leader:demo".getBytes(StandardCharsets.UTF_8))
                + "\r\nContent-Type: application/json\r\nContent-Length: " + plan.length + "\r\n\r\n";

        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(plan);
            out.flush();
            String status = firstLine(socket.getInputStream());
            assertThat(status).contains("200");
            assertThat(slots.inUse()).as("solving while the client waits").isEqualTo(1);
        }
        long closed = System.nanoTime();

        while (slots.inUse() > 0 && System.nanoTime() - closed < Duration.ofSeconds(20).toNanos()) {
            Thread.sleep(100);
        }

        // its unimproved limit alone is 30 s: it stopped because the client went
        assertThat(slots.inUse()).isZero();
        assertThat(Duration.ofNanos(System.nanoTime() - closed)).isLessThan(Duration.ofSeconds(10));
    }

    /** The status line, which comes with the first heartbeat once the solver runs. */
    private static String firstLine(InputStream in) throws Exception {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c >= 0 && c != '\n'; c = in.read()) {
            line.append((char) c);
        }
        return line.toString();
    }
}
