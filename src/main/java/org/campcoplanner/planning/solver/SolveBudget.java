package org.campcoplanner.planning.solver;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One solve's time, counted from the moment it was asked for: building the roster, constructing it
 * and improving it all come out of the same {@link SolveLimits#spent()}, so a solve asked for
 * {@code N} seconds answers within them. Whoever asked can also {@link #cancel()} it (a client that
 * went away): building stops at its next checkpoint, and a running solver is terminated early.
 */
public final class SolveBudget {

    /** Timefold needs a positive limit; this is "stop at the first chance". */
    private static final Duration AT_ONCE = Duration.ofMillis(1);

    private final SolveLimits limits;
    private final long startedNanos;
    private final List<Runnable> onCancel = new CopyOnWriteArrayList<>();
    private volatile boolean cancelled;
    private volatile boolean rosterBuilt;

    private SolveBudget(SolveLimits limits, long startedNanos) {
        this.limits = limits;
        this.startedNanos = startedNanos;
    }

    public static SolveBudget startingNow(SolveLimits limits) {
        return new SolveBudget(limits, System.nanoTime());
    }

    public SolveLimits limits() {
        return limits;
    }

    public Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }

    /** What is left of the time in whole milliseconds (as Timefold takes it), at least one: the solver's spent limit. */
    public Duration remaining() {
        Duration left = limits.spent().minus(elapsed()).truncatedTo(ChronoUnit.MILLIS);
        return left.compareTo(AT_ONCE) < 0 ? AT_ONCE : left;
    }

    /** The solver's unimproved limit: the limits' own, but never past the end of the time. */
    public Duration unimproved() {
        Duration left = remaining();
        return limits.unimproved().compareTo(left) > 0 ? left : limits.unimproved().truncatedTo(ChronoUnit.MILLIS);
    }

    public boolean timeIsUp() {
        return elapsed().compareTo(limits.spent()) >= 0;
    }

    public boolean cancelled() {
        return cancelled;
    }

    /** True once the roster is built and the solver runs: from then on the solve answers with a roster. */
    public boolean rosterBuilt() {
        return rosterBuilt;
    }

    void markRosterBuilt() {
        rosterBuilt = true;
    }

    /** Nobody waits for the result any more: stop building, stop solving. */
    public void cancel() {
        cancelled = true;
        onCancel.forEach(Runnable::run);
    }

    /** Runs {@code stop} when the solve is cancelled, at once if it was already; returns its removal. */
    Runnable whenCancelled(Runnable stop) {
        onCancel.add(stop);
        if (cancelled) {
            stop.run();
        }
        return () -> onCancel.remove(stop);
    }

    /**
     * Between two pieces of work that cannot be interrupted.
     *
     * @throws SolveStoppedException once the solve was cancelled or its time is up
     */
    void checkpoint() {
        if (cancelled) {
            throw new SolveStoppedException(true, limits);
        }
        if (timeIsUp()) {
            throw new SolveStoppedException(false, limits);
        }
    }
}
