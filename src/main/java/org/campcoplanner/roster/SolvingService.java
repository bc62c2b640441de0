package org.campcoplanner.roster;

import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverManager;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import jakarta.annotation.PreDestroy;
import org.campcoplanner.base.ChangedMeanwhileException;
import org.campcoplanner.camp.CampPlanService;
import org.campcoplanner.planning.Text;
import org.campcoplanner.planning.domain.Roster;
import org.campcoplanner.planning.format.CampPlan;
import org.campcoplanner.planning.solver.RosterBuilder;
import org.campcoplanner.planning.solver.RosterWriter;
import org.campcoplanner.planning.solver.SolveBudget;
import org.campcoplanner.planning.solver.SolveLimits;
import org.campcoplanner.planning.solver.SolveStoppedException;
import org.campcoplanner.security.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Solves camps' draft rosters in the background, one solve per camp. The result is saved when
 * the solve ends (time up, no more improvement, or stopped), seat by seat against the draft as
 * it was when solving started: seats a planner changed meanwhile keep the planner's change
 * (see docs/design-decisions/0001-solver-results-and-hand-edits.md). Until then the stored draft
 * is untouched, so a restart during a solve loses nothing already saved; on a normal shutdown
 * running solves are stopped and their best rosters saved. A camp with a published revision is
 * solved keeping it as far as possible (rule 14) unless the planner starts fresh
 * (docs/design-decisions/0007-solving-a-published-camp.md). Every solve holds one of the server's
 * {@link SolveSlots} while it runs, and its time counts from when it was started, building the
 * roster included.
 */
@Service
public class SolvingService {

    private static final Logger log = LoggerFactory.getLogger(SolvingService.class);
    private static final int SAVE_ATTEMPTS = 3;
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(20);

    private final SolverManager<Roster, Long> solverManager;
    private final CampPlanService campPlans;
    private final DraftRosterService drafts;
    private final Clock clock;
    private final CampChanges changes;
    private final PublishedBaseline publishedBaseline;
    private final SolveSlots slots;
    private final Map<Long, Run> runs = new ConcurrentHashMap<>();
    /** Each camp's last ended solve, until the next starts: what the API reports after the end. */
    private final Map<Long, Run> ended = new ConcurrentHashMap<>();

    SolvingService(SolverManager<Roster, Long> solverManager, CampPlanService campPlans, DraftRosterService drafts,
                   Clock clock, CampChanges changes, PublishedBaseline publishedBaseline, SolveSlots slots) {
        this.slots = slots;
        this.solverManager = solverManager;
        this.campPlans = campPlans;
        this.drafts = drafts;
        this.clock = clock;
        this.changes = changes;
        this.publishedBaseline = publishedBaseline;
    }

    private static final class Run {
        final LocalTime startedAt;
        final Stability stability;
        final long startedNanos = System.nanoTime();
        final List<SolveListener> listeners = new CopyOnWriteArrayList<>();
        final CountDownLatch done = new CountDownLatch(1);
        volatile SolveProgress latest;
        volatile boolean started;
        volatile boolean stopRequested;
        volatile long endedNanos;
        volatile SolveOutcome outcome;
        volatile SolveSlots.Slot slot;

        Run(LocalTime startedAt, Stability stability) {
            this.startedAt = startedAt;
            this.stability = stability;
        }

        Duration elapsed() {
            return Duration.ofNanos((outcome == null ? System.nanoTime() : endedNanos) - startedNanos);
        }
    }

    /**
     * Starts solving the camp's draft roster; with a published revision, {@code stability} says
     * whether the solve keeps to it.
     *
     * @throws SolveAlreadyRunningException when the camp is being solved already
     * @throws SolvingBusyException when the server solves as many rosters as it can, or the caller has their share
     * @throws SolveStoppedException when building the camp's roster alone took all of the limits' time
     */
    @PreAuthorize("@campAccess.canPlan(#campId)")
    public void start(long campId, SolveLimits limits, Stability stability, SolveListener listener) {
        Run run = new Run(LocalTime.now(clock), stability);
        Run running = runs.putIfAbsent(campId, run);
        if (running != null) {
            throw new SolveAlreadyRunningException(campId, running.startedAt);
        }
        try {
            SolveBudget budget = SolveBudget.startingNow(limits);
            run.slot = slots.take(CurrentUser.name());
            if (listener != null) {
                run.listeners.add(listener);
            }
            // the result is saved on a solver thread, on behalf of (and audited as) whoever started the solve
            // a copy: signing out empties the session's own context while the solve runs on
            SecurityContext starter = SecurityContextHolder.createEmptyContext();
            starter.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
            Map<SeatKey, SeatState> baseline = drafts.snapshot(campId);
            CampPlan plan = campPlans.exportPlan(campId);
            Optional<PublishedBaseline.Revision> published = publishedBaseline.of(campId);
            Roster roster = RosterBuilder.build(plan, stability == Stability.KEEP_PUBLISHED
                    ? published.map(revision -> revision.seatsStillIn(plan)).orElse(null) : null, budget);
            String how = how(stability, published);
            solverManager.solveBuilder()
                    .withProblemId(campId)
                    .withProblem(roster)
                    .withConfigOverride(new SolverConfigOverride<Roster>().withTerminationConfig(new TerminationConfig()
                            .withSpentLimit(budget.remaining()).withUnimprovedSpentLimit(budget.unimproved())))
                    .withSolverJobStartedConsumer(initial -> {
                        run.started = true;
                        if (run.stopRequested) {
                            terminate(campId);
                        }
                    })
                    .withBestSolutionConsumer(best -> improved(campId, run, best))
                    .withFinalBestSolutionConsumer(best -> new DelegatingSecurityContextRunnable(
                            () -> finish(campId, run, baseline, best, how), starter).run())
                    .withExceptionHandler((id, error) -> fail(campId, run, error))
                    .run();
        } catch (RuntimeException e) {
            if (run.slot != null) {
                run.slot.close();
            }
            runs.remove(campId, run);
            throw e;
        }
    }

    /** Stops the camp's solve early; the best roster so far is saved as usual. */
    @PreAuthorize("@campAccess.canPlan(#campId)")
    public void stop(long campId) {
        Run run = runs.get(campId);
        if (run == null) {
            return;
        }
        // a job stopped before it starts would never report its end, so it is stopped as it starts
        run.stopRequested = true;
        if (run.started) {
            terminate(campId);
        }
    }

    /**
     * terminateEarly waits until the final roster is consumed, which happens on the thread that
     * runs our callbacks, so from a callback it must not be called directly.
     */
    private void terminate(long campId) {
        CompletableFuture.runAsync(() -> solverManager.terminateEarly(campId));
    }

    @PreAuthorize("@campAccess.canPlan(#campId)")
    public boolean isSolving(long campId) {
        return runs.containsKey(campId);
    }

    /** Where the camp's solve stands, and how far its draft is from the published roster. */
    @PreAuthorize("@campAccess.canPlan(#campId)")
    public SolveStatus status(long campId) {
        Run run = Optional.ofNullable(runs.get(campId)).orElseGet(() -> ended.get(campId));
        CampPlan draft = campPlans.exportPlan(campId);
        SeatsMoved moved = publishedBaseline.of(campId).map(published -> publishedBaseline.compare(published, draft))
                .orElse(null);
        if (run == null) {
            return new SolveStatus(SolveStatus.State.IDLE, null, Duration.ZERO, null, null, moved);
        }
        SolveOutcome outcome = run.outcome;
        SolveStatus.State state = outcome == null ? SolveStatus.State.RUNNING
                : outcome.succeeded() ? SolveStatus.State.FINISHED : SolveStatus.State.FAILED;
        return new SolveStatus(state, run.stability, run.elapsed(), run.latest, outcome, moved);
    }

    /** The latest progress of the camp's running solve, if any. */
    @PreAuthorize("@campAccess.canPlan(#campId)")
    public Optional<SolveProgress> progress(long campId) {
        return Optional.ofNullable(runs.get(campId)).map(run -> run.latest);
    }

    /** Adds someone to tell about the camp's running solve; false when none is running. */
    @PreAuthorize("@campAccess.canPlan(#campId)")
    public boolean watch(long campId, SolveListener listener) {
        Run run = runs.get(campId);
        if (run == null) {
            return false;
        }
        run.listeners.add(listener);
        return true;
    }

    public void unwatch(long campId, SolveListener listener) {
        Run run = runs.get(campId);
        if (run != null) {
            run.listeners.remove(listener);
        }
    }

    /** Waits for the camp's solve to end; true when it ended within the time. */
    public boolean awaitEnd(long campId, Duration timeout) throws InterruptedException {
        Run run = runs.get(campId);
        return run == null || run.done.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void improved(long campId, Run run, Roster best) {
        SolveProgress progress = progressOf(campId, run, best);
        run.latest = progress;
        run.listeners.forEach(listener -> listener.improved(progress));
    }

    private static SolveProgress progressOf(long campId, Run run, Roster best) {
        return new SolveProgress(campId, run.elapsed(), String.valueOf(best.getScore()), best.filledSeats(),
                best.getSeats().size());
    }

    /** For the audit trail: whether the solve kept the published roster. */
    private static String how(Stability stability, Optional<PublishedBaseline.Revision> published) {
        return published.map(revision -> stability == Stability.KEEP_PUBLISHED
                        ? "keeping the published roster (revision " + revision.number() + ") as far as possible"
                        : "started fresh, not keeping the published roster (revision " + revision.number() + ")")
                .orElse("nothing published yet");
    }

    private void finish(long campId, Run run, Map<SeatKey, SeatState> baseline, Roster best, String how) {
        try {
            run.latest = progressOf(campId, run, best);
            List<CampPlan.Assignment> solved = RosterWriter.assignments(best);
            SolvedRosterSave save = saveWithRetries(campId, baseline, solved, how);
            log.info("Saved the solved roster of camp {}: {} seats changed, {} kept planners' edits, score {}, {}",
                    campId, save.changedSeats(), save.keptPlannerEdits().size(), best.getScore(), run.stability);
            SeatsMoved moved = againstPublished(campId);
            // views hear of the new draft before anyone waiting for the end is let go
            changes.publish(campId, null);
            end(campId, run, new SolveOutcome(campId, run.stability, String.valueOf(best.getScore()),
                    best.filledSeats(), best.getSeats().size(), save.changedSeats(), save.keptPlannerEdits(), moved,
                    null, null));
        } catch (RuntimeException e) {
            log.error("Could not save the solved roster of camp {}", campId, e);
            end(campId, run, SolveOutcome.failed(campId, run.stability, "The solved roster could not be saved: "
                    + e.getMessage(), Text.of("roster.solve.not-saved",
                    e instanceof ChangedMeanwhileException meanwhile ? meanwhile.text() : e.getMessage())));
        }
    }

    /** Null while nothing is published, or when the saved draft cannot be compared: the save itself stands. */
    private SeatsMoved againstPublished(long campId) {
        try {
            return publishedBaseline.of(campId)
                    .map(published -> publishedBaseline.compare(published, campPlans.exportPlan(campId))).orElse(null);
        } catch (RuntimeException e) {
            log.warn("Could not compare the solved roster of camp {} with its published revision", campId, e);
            return null;
        }
    }

    /**
     * A planner saving at the same moment makes the save fail on a version check (told as changed
     * meanwhile); a new try respects their edit.
     */
    private SolvedRosterSave saveWithRetries(long campId, Map<SeatKey, SeatState> baseline,
                                             List<CampPlan.Assignment> solved, String how) {
        for (int attempt = 1; ; attempt++) {
            try {
                return drafts.saveSolved(campId, baseline, solved, how);
            } catch (ChangedMeanwhileException e) {
                if (attempt == SAVE_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private void fail(long campId, Run run, Throwable error) {
        log.error("Solving camp {} failed", campId, error);
        end(campId, run, SolveOutcome.failed(campId, run.stability, "Solving failed: " + error.getMessage(),
                Text.of("roster.solve.failed", error.getMessage())));
    }

    private void end(long campId, Run run, SolveOutcome outcome) {
        run.slot.close();
        run.endedNanos = System.nanoTime();
        run.outcome = outcome;
        // kept before it leaves the running ones, so a status read meanwhile never finds the camp idle
        ended.put(campId, run);
        runs.remove(campId, run);
        // listeners first, so whoever waits for the end also sees what the listeners were told
        run.listeners.forEach(listener -> listener.finished(outcome));
        // an ended run is kept for its status; it must not keep closed views alive
        run.listeners.clear();
        run.done.countDown();
    }

    @PreDestroy
    void stopAndSaveRunningSolves() throws InterruptedException {
        for (Long campId : List.copyOf(runs.keySet())) {
            stop(campId);
            if (!awaitEnd(campId, SHUTDOWN_WAIT)) {
                log.warn("The solve of camp {} did not end in time at shutdown; its draft is unchanged", campId);
            }
        }
    }
}
