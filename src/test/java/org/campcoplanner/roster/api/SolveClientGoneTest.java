package org.campcoplanner.roster.api;

import org.campcoplanner.PostgresTest;
import org.campcoplanner.planning.format.PlanWriter;
import org.campcoplanner.planning.generator.CampGenerator;
import org.campcoplanner.planning.generator.CampSize;
import org.campcoplanner.roster.SolveSlots;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.context.support.WithMockUser;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client that asked for a long solve and went away: the first space written to it fails, and the
 * solve stops there instead of computing on for nobody. (A closed connection shows only on writing,
 * which is what the heartbeat does; here the response's stream fails as Tomcat's does then.)
 */
@PostgresTest
@WithMockUser(username = "gone-client", roles = "LEADER")
class SolveClientGoneTest {

    @Autowired
    SolveController controller;
    @Autowired
    SolveSlots slots;

    @Test
    void aSolveWhoseClientWentAwayStopsAndFreesItsSlot() throws Exception {
        String camp = new PlanWriter().write(new CampGenerator().generate(CampSize.M, 2026));
        ClientGone response = new ClientGone();

        long started = System.nanoTime();
        controller.solve(camp, 120, response);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
        assertThat(response.writes.get()).isPositive();
        assertThat(slots.inUse()).isZero();
    }

    /** A response whose connection is closed: every write fails, as Tomcat's ClientAbortException does. */
    private static final class ClientGone extends MockHttpServletResponse {

        final AtomicInteger writes = new AtomicInteger();

        @Override
        public ServletOutputStream getOutputStream() {
            return new ServletOutputStream() {
                @Override
                public void write(int b) throws IOException {
                    writes.incrementAndGet();
                    throw new IOException("Broken pipe");
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                }
            };
        }
    }
}
