package org.campcoplanner.roster;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import org.campcoplanner.camp.CampPlanService;
import org.campcoplanner.instances.InstanceNotices;
import org.campcoplanner.instances.Notice;
import org.campcoplanner.planning.Text;
import org.campcoplanner.planning.format.CampPlan;
import org.campcoplanner.planning.solver.SolveLimits;
import org.campcoplanner.security.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Solves camps' draft rosters in the background, one solve per camp across all app instances. A
 * solve is a durable job (docs/design-decisions/0019-solves-as-durable-jobs.md): starting one
 * writes its row with the draft's seats as they are, and db-scheduler runs it on whichever
 * instance picks it ({@link SolveRunner}); if that instance is lost, another starts it again.
 * The result is saved when the solve ends (time up, no more improvement, or stopped), seat by
 * seat against the draft as it was when solving started: seats a planner changed meanwhile keep
 * the planner's change (docs/design-decisions/0001-solver-results-and-hand-edits.md). A camp with
 * a published revision is solved keeping it as far as possible (rule 14) unless the planner
 * starts fresh (docs/design-decisions/0007-solving-a-published-camp.md). Every solve holds one of
 * its instance's {@link SolveSlots} while it runs, and its time counts from when it starts there,
 * building the roster included.
 */
@Service
public class SolvingService {

    private static final Logger log = LoggerFactory.getLogger(SolvingService.class);
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(20);
    private static final long POLL_MILLIS = 100;

    private final SolveJobs jobs;
    private final SolveJobJson json;
    private final SolveWatchers watchers;
    private final SolveRunner runner;
    private final SchedulerClient scheduler;
    private final CustomTask<Long> task;
    private final DraftRosterService drafts;
    private final CampPlanService campPlans;
    private final PublishedBaseline publishedBaseline;
    private final SolveSlots slots;
    private final InstanceNotices notices;
    private final Clock clock;

    SolvingService(SolveJobs jobs, SolveJobJson json, SolveWatchers watchers, SolveRunner runner,
                   SchedulerClient scheduler, CustomTask<Long> campSolveTask, DraftRosterService drafts,
                   CampPlanService campPlans, PublishedBaseline publishedBaseline, SolveSlots slots,
                   InstanceNotices notices, Clock clock, MeterRegistry metrics) {
        this.jobs = jobs;
        this.json = json;
        this.watchers = watchers;
        this.runner = runner;
        this.scheduler = scheduler;
        this.task = campSolveTask;
        this.drafts = drafts;
        this.campPlans = campPlans;
        this.publishedBaseline = publishedBaseline;
        this.slots = slots;
        this.notices = notices;
        this.clock = clock;
        Gauge.builder("camp.solves.running", slots, SolveSlots::inUse)
                .description("Rosters being solved on this instance, of every kind").register(metrics);
        Gauge.builder("camp.solves.queued", jobs, stored -> stored.inState(SolveJob.State.QUEUED))
                .description("Stored camps' solves waiting for a free place, on all instances").register(metrics);
    }

    /**
     * Starts solving the camp's draft roster; with a published revision, {@code stability} says
     * whether the solve keeps to it. {@code listener} (may be null) hears its progress and end, and
     * the camp's later solves until it is unwatched.
     *
     * @throws SolveAlreadyRunningException when the camp is being solved already, on any instance
     * @throws SolvingBusyException when this instance solves as many rosters as it can, or the caller has their share
     */
    @PreAuthorize("@campAccess.canPlan(#campId)")
    public void start(long campId, SolveLimits limits, Stability stability, SolveListener listener) {
        campPlans.requireCamp(campId);
        if (jobs.active(campId).isPresent()) {
            throw alreadyRunning(campId);
        }
        String caller = CurrentUser.name();
        if (jobs.activeStartedBy(caller) >= slots.perAccount()) {
            throw slots.callersShareTaken();
        }
        if (slots.inUse() >= slots.capacity()) {
            throw slots.allTaken();
        }
        String baseline = json.baseline(drafts.snapshot(campId));
        long jobId = jobs.queue(campId, stability, limits.spent(), limits.unimproved(), baseline, caller, roles(),
                        OffsetDateTime.now(clock))
                .orElseThrow(() -> alreadyRunning(campId));
        if (listener != null) {
            watchers.watch(campId, listener);
        }
        try {
            scheduler.schedule(task.instance(String.valueOf(jobId), jobId), Instant.now());
        } catch (RuntimeException e) {
            jobs.end(jobId, SolveJob.State.FAILED, Duration.ZERO, json.outcome(SolveOutcome.failed(campId, stability,
                    "The solve could not be started", Text.of("roster.solve.failed",
                            e.getMessage()))), OffsetDateTime.now(clock));
            if (listener != null) {
                watchers.unwatch(campId, listener);
            }
            throw e;
        }
    }

    private SolveAlreadyRunningException alreadyRunning(long campId) {
        LocalTime startedAt = jobs.active(campId)
                .map(job -> job.startedAt().atZoneSameInstant(clock.getZone()).toLocalTime())
                .orElseGet(() -> LocalTime.now(clock));
        return new SolveAlreadyRunningException(campId, startedAt);
    }

    private static String roles() {
        return SecurityContextHolder.getContext().getAuthentication().getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).collect(Collectors.joining(","));
    }

    /** Stops the camp's solve early, wherever it runs; the best roster so far is saved as usual. */
    @PreAuthorize("@campAccess.canPlan(#campId)")
    public void stop(long campId) {
        campPlans.requireCamp(campId);
        if (!jobs.requestStop(campId)) {
            return;
        }
        jobs.active(campId).ifPresent(job -> {
            runner.stopIfHere(job.id());
            notices.send(Notice.solve(campId, job.id()));
        });
    }

    @PreAuthorize("@campAccess.canPlan(#campId)")
    public boolean isSolving(long campId) {
        return jobs.active(campId).isPresent();
    }

    /** Where the camp's solve stands, and how far its draft is from the published roster. */
    @PreAuthorize("@campAccess.canPlan(#campId)")
    public SolveStatus status(long campId) {
        Optional<SolveJob> latest = jobs.latest(campId);
        CampPlan draft = campPlans.exportPlan(campId);
        SeatsMoved moved = publishedBaseline.of(campId).map(published -> publishedBaseline.compare(published, draft))
                .orElse(null);
        if (latest.isEmpty()) {
            return new SolveStatus(SolveStatus.State.IDLE, null, Duration.ZERO, null, null, moved);
        }
        SolveJob job = latest.get();
        SolveOutcome outcome = job.outcome() == null ? null : json.outcome(job.outcome());
        SolveStatus.State state = switch (job.state()) {
            case QUEUED -> SolveStatus.State.QUEUED;
            case RUNNING -> SolveStatus.State.RUNNING;
            case FINISHED -> SolveStatus.State.FINISHED;
            case FAILED -> SolveStatus.State.FAILED;
        };
        SolveProgress best = job.bestScore() == null ? null : SolveWatchers.progressOf(job);
        if (outcome != null && outcome.succeeded()) {
            best = new SolveProgress(campId, job.elapsed(), outcome.score(), outcome.filledSeats(), outcome.seats(),
                    job.restarted());
        }
        return new SolveStatus(state, job.stability(), job.elapsed(), best, outcome, moved);
    }

    /** The latest progress of the camp's running solve, if any. */
    @PreAuthorize("@campAccess.canPlan(#campId)")
    public Optional<SolveProgress> progress(long campId) {
        return jobs.active(campId).filter(job -> job.bestScore() != null).map(SolveWatchers::progressOf);
    }

    /**
     * Adds someone to tell about the camp's solves, the running one and those started later on any
     * instance, until {@link #unwatch}; true when one is queued or running now.
     */
    @PreAuthorize("@campAccess.canPlan(#campId)")
    public boolean watch(long campId, SolveListener listener) {
        watchers.watch(campId, listener);
        return jobs.active(campId).isPresent();
    }

    public void unwatch(long campId, SolveListener listener) {
        watchers.unwatch(campId, listener);
    }

    /**
     * Waits for the camp's solve to end, wherever it runs, and when it ran here, until this
     * instance's watchers were told; true when it ended within the time.
     */
    public boolean awaitEnd(long campId, Duration timeout) throws InterruptedException {
        long until = System.nanoTime() + timeout.toNanos();
        while (jobs.active(campId).isPresent() || runner.solvesHere(campId)) {
            if (System.nanoTime() > until) {
                return false;
            }
            Thread.sleep(POLL_MILLIS);
        }
        return true;
    }

    /** On a normal shutdown the solves running here are stopped and their best rosters saved. */
    @PreDestroy
    void stopAndSaveRunningSolves() throws InterruptedException {
        List<Long> stopped = runner.stopAll();
        long until = System.nanoTime() + SHUTDOWN_WAIT.toNanos();
        for (Long jobId : stopped) {
            while (runner.runsHere(jobId) && System.nanoTime() < until) {
                Thread.sleep(POLL_MILLIS);
            }
            if (runner.runsHere(jobId)) {
                log.warn("The solve job {} did not end in time at shutdown; another instance will start it again", jobId);
            }
        }
    }
}
