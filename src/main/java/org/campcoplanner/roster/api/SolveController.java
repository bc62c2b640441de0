package org.campcoplanner.roster.api;

import jakarta.annotation.PreDestroy;
import jakarta.servlet.http.HttpServletResponse;
import org.campcoplanner.planning.format.CampPlan;
import org.campcoplanner.planning.format.PlanReader;
import org.campcoplanner.planning.format.PlanWriter;
import org.campcoplanner.planning.solver.PlanSolver;
import org.campcoplanner.planning.solver.RosterSolverConfig;
import org.campcoplanner.planning.solver.SolveBudget;
import org.campcoplanner.planning.solver.SolveStoppedException;
import org.campcoplanner.roster.SolveSlots;
import org.campcoplanner.security.CurrentUser;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * {@code POST /api/solve?seconds=N}: solves a plan file without storing anything, and answers
 * with the same format, an assignment for every seat and the score. Same as the solve command.
 * The answer comes within the N seconds, reading the plan and building its roster included; the
 * solve holds one of the server's solve slots ({@link SolveSlots}: refused with 429 or 503 when
 * none is free), and it stops as soon as the client has gone away.
 */
@RestController
class SolveController {

    /**
     * How often a running solve checks that its client still waits. A closed connection shows only
     * when something is written to it, so once the solver runs, a space goes out each time: JSON may
     * begin with any amount of white space, so the answer stays the same document.
     */
    static final Duration HEARTBEAT = Duration.ofSeconds(1);

    private final PlanReader reader = new PlanReader();
    private final PlanWriter writer = new PlanWriter();
    /** One solver factory for every call: compiling the rules once, not per request. */
    private final PlanSolver solver = new PlanSolver(RosterSolverConfig.load());
    private final SolveSlots slots;
    private final ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "solve-heartbeat");
        thread.setDaemon(true);
        return thread;
    });

    SolveController(SolveSlots slots) {
        this.slots = slots;
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF', 'LEADER')")
    @PostMapping(path = "/api/solve", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    void solve(@RequestBody String planJson, @RequestParam(defaultValue = "30") int seconds,
               HttpServletResponse response) throws IOException {
        SolveBudget budget = SolveBudget.startingNow(SolveSeconds.limits(seconds));
        CampPlan plan = reader.read(planJson);
        try (SolveSlots.Slot slot = slots.take(CurrentUser.name())) {
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            OutputStream body = response.getOutputStream();
            Heartbeat heartbeat = new Heartbeat(body, budget);
            ScheduledFuture<?> beating = heartbeats.scheduleAtFixedRate(heartbeat, HEARTBEAT.toMillis(),
                    HEARTBEAT.toMillis(), TimeUnit.MILLISECONDS);
            String answer;
            try {
                answer = writer.write(solver.solve(plan, null, budget, roster -> { }));
            } catch (SolveStoppedException e) {
                if (e.cancelled()) {
                    // the client went away: there is nobody to answer
                    return;
                }
                throw e;
            } finally {
                beating.cancel(false);
                heartbeat.stop();
            }
            body.write(answer.getBytes(StandardCharsets.UTF_8));
        }
    }

    @PreDestroy
    void stopHeartbeats() {
        heartbeats.shutdownNow();
    }

    /** Writes a space while the solver runs; a write that fails means the client is gone, so the solve is cancelled. */
    private static final class Heartbeat implements Runnable {

        private final OutputStream body;
        private final SolveBudget budget;
        private boolean stopped;

        Heartbeat(OutputStream body, SolveBudget budget) {
            this.body = body;
            this.budget = budget;
        }

        @Override
        public synchronized void run() {
            // before the roster is built nothing is written, so a plan too big for its seconds still answers 400
            if (stopped || !budget.rosterBuilt()) {
                return;
            }
            try {
                body.write(' ');
                body.flush();
            } catch (IOException | RuntimeException gone) {
                stopped = true;
                budget.cancel();
            }
        }

        /** Waits for a beat being written, so the answer never mixes with one. */
        synchronized void stop() {
            stopped = true;
        }
    }
}
