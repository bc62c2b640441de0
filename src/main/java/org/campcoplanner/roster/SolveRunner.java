package org.campcoplanner.roster;

import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverManager;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import org.campcoplanner.base.ChangedMeanwhileException;
import org.campcoplanner.camp.CampPlanService;
import org.campcoplanner.instances.InstanceName;
import org.campcoplanner.instances.InstanceNotices;
import org.campcoplanner.instances.Notice;
import org.campcoplanner.planning.Text;
import org.campcoplanner.planning.domain.Roster;
import org.campcoplanner.planning.format.CampPlan;
import org.campcoplanner.planning.solver.RosterBuilder;
import org.campcoplanner.planning.solver.RosterWriter;
import org.campcoplanner.planning.solver.SolveBudget;
import org.campcoplanner.planning.solver.SolveLimits;
import org.campcoplanner.planning.solver.SolveStoppedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one solve job on this instance, on the db-scheduler thread that picked it, for as long as
 * it solves: db-scheduler's heartbeat says meanwhile that this instance is alive, and when it
 * stops (the instance was lost) another instance picks the job and runs it again from the draft.
 * The best roster's figures go to the job's row every few seconds and to the other instances as a
 * notice; a stop asked for on any instance reaches the solve through the row. The result is saved
 * against the draft as it was when the solve was started (docs/design-decisions/0001-solver-results-and-hand-edits.md),
 * on behalf of whoever started it.
 */
@Component
class SolveRunner {

    /** What db-scheduler does with the job afterwards. */
    enum Afterwards { DONE, TRY_AGAIN_SOON }

    private static final Logger log = LoggerFactory.getLogger(SolveRunner.class);
    private static final int SAVE_ATTEMPTS = 3;
    private static final Duration WRITE_PROGRESS_EVERY = Duration.ofSeconds(2);

    private final SolverManager<Roster, Long> solverManager;
    private final CampPlanService campPlans;
    private final DraftRosterService drafts;
    private final PublishedBaseline publishedBaseline;
    private final SolveSlots slots;
    private final SolveJobs jobs;
    private final SolveJobJson json;
    private final SolveWatchers watchers;
    private final InstanceNotices notices;
    private final CampChanges changes;
    private final String instance;
    private final Clock clock;
    private final SecurityContextHolderStrategy security;
    private final Map<Long, LocalRun> running = new ConcurrentHashMap<>();

    SolveRunner(SolverManager<Roster, Long> solverManager, CampPlanService campPlans, DraftRosterService drafts,
                PublishedBaseline publishedBaseline, SolveSlots slots, SolveJobs jobs, SolveJobJson json,
                SolveWatchers watchers, InstanceNotices notices, CampChanges changes, InstanceName instance,
                Clock clock, SecurityContextHolderStrategy security) {
        this.security = security;
        this.solverManager = solverManager;
        this.campPlans = campPlans;
        this.drafts = drafts;
        this.publishedBaseline = publishedBaseline;
        this.slots = slots;
        this.jobs = jobs;
        this.json = json;
        this.watchers = watchers;
        this.notices = notices;
        this.changes = changes;
        this.instance = instance.value();
        this.clock = clock;
        // a stop asked for on another instance
        notices.listen(notice -> {
            if (notice.topic() == Notice.Topic.SOLVE && runsHere(notice.subjectId())
                    && jobs.stopRequested(notice.subjectId())) {
                stopIfHere(notice.subjectId());
            }
        });
    }

    /** A job running here: what its callbacks share. */
    private static final class LocalRun {
        final SolveJob job;
        final long startedNanos = System.nanoTime();
        volatile boolean started;
        volatile boolean stopRequested;
        volatile SolveProgress latest;

        LocalRun(SolveJob job) {
            this.job = job;
        }

        Duration elapsed() {
            return Duration.ofNanos(System.nanoTime() - startedNanos);
        }
    }

    Afterwards run(long jobId) {
        Optional<SolveJob> queued = jobs.byId(jobId).filter(SolveJob::active);
        if (queued.isEmpty()) {
            return Afterwards.DONE;
        }
        Optional<SolveSlots.Slot> slot = slots.tryTake(queued.get().startedBy());
        if (slot.isEmpty()) {
            return Afterwards.TRY_AGAIN_SOON;
        }
        try (SolveSlots.Slot held = slot.get()) {
            if (!jobs.run(jobId, instance)) {
                return Afterwards.DONE;
            }
            SolveJob job = jobs.byId(jobId).orElseThrow();
            if (job.restarted()) {
                log.warn("Solving camp {} again (job {}, run {}): the instance that was solving it was lost",
                        job.campId(), jobId, job.runs());
            }
            LocalRun run = new LocalRun(job);
            run.stopRequested = job.stopRequested();
            running.put(jobId, run);
            notices.send(Notice.solve(job.campId(), jobId));
            watchers.running(started(run));
            Runnable signOut = signIn(onBehalfOf(job, jobs.startedAs(jobId)));
            try {
                SolveOutcome outcome = solveAndSave(run);
                if (outcome != null) {
                    end(run, outcome);
                }
            } finally {
                signOut.run();
                running.remove(jobId);
            }
        }
        return Afterwards.DONE;
    }

    /** Stops the job if it runs here; the best roster so far is saved as usual. */
    void stopIfHere(long jobId) {
        LocalRun run = running.get(jobId);
        if (run == null) {
            return;
        }
        // a job stopped before it starts would never report its end, so it is stopped as it starts
        run.stopRequested = true;
        if (run.started) {
            terminate(jobId);
        }
    }

    /** Stops every job running here (the instance shuts down); each saves its best roster as usual. */
    List<Long> stopAll() {
        List<Long> here = List.copyOf(running.keySet());
        here.forEach(this::stopIfHere);
        return here;
    }

    /** This instance was not taken for lost meanwhile, with the job picked up by another. */
    private boolean stillRunsHere(long jobId) {
        return jobs.byId(jobId).filter(job -> job.active() && instance.equals(job.runner())).isPresent();
    }

    /** A solve of the camp runs here, or has ended and is still telling this instance's watchers. */
    boolean solvesHere(long campId) {
        return running.values().stream().anyMatch(run -> run.job.campId() == campId);
    }

    boolean runsHere(long jobId) {
        return running.containsKey(jobId);
    }

    /**
     * terminateEarly waits until the final roster is consumed, which happens on the thread that
     * runs our callbacks, so from a callback it must not be called directly.
     */
    private void terminate(long jobId) {
        CompletableFuture.runAsync(() -> solverManager.terminateEarly(jobId));
    }

    /**
     * Signs the starter in on this thread for this application context's method security (its own
     * strategy), and for {@link org.campcoplanner.security.CurrentUser} (the JVM-wide one), should
     * they differ, as with several contexts in one JVM.
     */
    private Runnable signIn(SecurityContext context) {
        SecurityContextHolderStrategy global = SecurityContextHolder.getContextHolderStrategy();
        security.setContext(context);
        if (global != security) {
            global.setContext(context);
        }
        return () -> {
            security.clearContext();
            global.clearContext();
        };
    }

    private SecurityContext onBehalfOf(SolveJob job, String roles) {
        SecurityContext context = security.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(job.startedBy(), null,
                AuthorityUtils.commaSeparatedStringToAuthorityList(roles)));
        return context;
    }

    private SolveOutcome solveAndSave(LocalRun run) {
        SolveJob job = run.job;
        long campId = job.campId();
        try {
            SolveBudget budget = SolveBudget.startingNow(new SolveLimits(job.spent(), job.unimproved()));
            Map<SeatKey, SeatState> baseline = json.baseline(jobs.baseline(job.id()));
            CampPlan plan = campPlans.exportPlan(campId);
            Optional<PublishedBaseline.Revision> published = publishedBaseline.of(campId);
            Roster roster = RosterBuilder.build(plan, job.stability() == Stability.KEEP_PUBLISHED
                    ? published.map(revision -> revision.seatsStillIn(plan)).orElse(null) : null, budget);
            CompletableFuture<Roster> finalBest = new CompletableFuture<>();
            solverManager.solveBuilder()
                    .withProblemId(job.id())
                    .withProblem(roster)
                    .withConfigOverride(new SolverConfigOverride<Roster>().withTerminationConfig(new TerminationConfig()
                            .withSpentLimit(budget.remaining()).withUnimprovedSpentLimit(budget.unimproved())))
                    .withSolverJobStartedConsumer(initial -> {
                        run.started = true;
                        if (run.stopRequested) {
                            terminate(job.id());
                        }
                    })
                    .withBestSolutionConsumer(best -> improved(run, best))
                    .withFinalBestSolutionConsumer(finalBest::complete)
                    .withExceptionHandler((id, error) -> finalBest.completeExceptionally(error))
                    .run();
            Roster best = awaitFinalBest(run, finalBest);
            if (!stillRunsHere(job.id())) {
                log.warn("Not saving the solve of camp {} (job {}): another instance runs it now", campId, job.id());
                return null;
            }
            return save(run, baseline, best, how(job.stability(), published));
        } catch (SolveStoppedException e) {
            return SolveOutcome.failed(campId, job.stability(), e.getMessage(), e.text());
        } catch (ExecutionException e) {
            log.error("Solving camp {} failed", campId, e.getCause());
            return failed(job, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(job, e);
        } catch (RuntimeException e) {
            log.error("Solving camp {} failed", campId, e);
            return failed(job, e);
        }
    }

    private static SolveOutcome failed(SolveJob job, Throwable error) {
        return SolveOutcome.failed(job.campId(), job.stability(), "Solving failed: " + error.getMessage(),
                Text.of("roster.solve.failed", String.valueOf(error.getMessage())));
    }

    private void improved(LocalRun run, Roster best) {
        SolveProgress progress = progressOf(run, best);
        run.latest = progress;
        watchers.improved(progress);
    }

    /**
     * Waits for the solve's end, meanwhile writing its figures to the job's row every few seconds
     * (for the other instances, and as this instance's sign of life besides db-scheduler's) and
     * reading there whether someone asked it to stop.
     */
    private Roster awaitFinalBest(LocalRun run, CompletableFuture<Roster> finalBest)
            throws InterruptedException, ExecutionException {
        while (true) {
            try {
                return finalBest.get(WRITE_PROGRESS_EVERY.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException stillSolving) {
                SolveProgress latest = run.latest;
                boolean goOn = latest == null ? !jobs.stopRequested(run.job.id())
                        : jobs.progress(run.job.id(), instance, run.elapsed(), latest.score(), latest.filledSeats(),
                        latest.seats());
                if (!goOn && !run.stopRequested) {
                    stopIfHere(run.job.id());
                }
                notices.send(Notice.solve(run.job.campId(), run.job.id()));
            }
        }
    }

    private static SolveProgress started(LocalRun run) {
        return new SolveProgress(run.job.campId(), Duration.ZERO, null, 0, 0, run.job.restarted());
    }

    private static SolveProgress progressOf(LocalRun run, Roster best) {
        return new SolveProgress(run.job.campId(), run.elapsed(), String.valueOf(best.getScore()), best.filledSeats(),
                best.getSeats().size(), run.job.restarted());
    }

    /** For the audit trail: whether the solve kept the published roster. */
    private static String how(Stability stability, Optional<PublishedBaseline.Revision> published) {
        return published.map(revision -> stability == Stability.KEEP_PUBLISHED
                        ? "keeping the published roster (revision " + revision.number() + ") as far as possible"
                        : "started fresh, not keeping the published roster (revision " + revision.number() + ")")
                .orElse("nothing published yet");
    }

    private SolveOutcome save(LocalRun run, Map<SeatKey, SeatState> baseline, Roster best, String how) {
        long campId = run.job.campId();
        try {
            List<CampPlan.Assignment> solved = RosterWriter.assignments(best);
            SolvedRosterSave save = saveWithRetries(campId, baseline, solved, how);
            log.info("Saved the solved roster of camp {}: {} seats changed, {} kept planners' edits, score {}, {}",
                    campId, save.changedSeats(), save.keptPlannerEdits().size(), best.getScore(), run.job.stability());
            return new SolveOutcome(campId, run.job.stability(), String.valueOf(best.getScore()), best.filledSeats(),
                    best.getSeats().size(), save.changedSeats(), save.keptPlannerEdits(), againstPublished(campId),
                    null, null);
        } catch (RuntimeException e) {
            log.error("Could not save the solved roster of camp {}", campId, e);
            return SolveOutcome.failed(campId, run.job.stability(), "The solved roster could not be saved: "
                    + e.getMessage(), Text.of("roster.solve.not-saved",
                    e instanceof ChangedMeanwhileException meanwhile ? meanwhile.text() : e.getMessage()));
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

    private void end(LocalRun run, SolveOutcome outcome) {
        SolveJob job = run.job;
        jobs.end(job.id(), outcome.succeeded() ? SolveJob.State.FINISHED : SolveJob.State.FAILED, run.elapsed(),
                json.outcome(outcome), OffsetDateTime.now(clock));
        // views hear of the new draft before anyone waiting for the end is let go
        if (outcome.succeeded()) {
            changes.publish(job.campId(), null);
        }
        notices.send(Notice.solve(job.campId(), job.id()));
        watchers.finished(outcome);
    }
}
