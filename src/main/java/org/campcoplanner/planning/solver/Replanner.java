package org.campcoplanner.planning.solver;

import org.campcoplanner.planning.format.CampPlan;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Re-plans a published roster after someone says they can't make a shift, changing as little as
 * possible: first only the vacated seat may change; if nobody can take it legally, the seats of
 * sessions on the same day may move too, with the stability rule counting every change against
 * the published roster. The withdrawing person is marked away for that session. The whole re-plan,
 * both tries, stays within the limits' time; the last resort of leaving the seat empty changes
 * nothing else and needs no more than a moment.
 */
public final class Replanner {

    /** Leaving the vacated seat empty with every other seat pinned is scored, not searched. */
    private static final SolveLimits LAST_RESORT = new SolveLimits(Duration.ofSeconds(1), Duration.ofSeconds(1));

    private final PlanSolver solver = new PlanSolver(RosterSolverConfig.load());
    private final SolveLimits limits;

    public Replanner(SolveLimits limits) {
        this.limits = limits;
    }

    /**
     * @param changedSeats seats other than the vacated one whose person differs from the published roster
     */
    public record Result(CampPlan plan, boolean vacatedSeatFilled, List<CampPlan.Assignment> changedSeats,
                         String score) {

        public boolean legal() {
            return score != null && score.startsWith("0hard");
        }
    }

    /**
     * @param draft     the camp as planners have it now (usually the published plan itself)
     * @param published the published assignments, which the result changes as little as possible
     * @param vacated   the published seat the person can't make
     * @param now       the camp's local time: sessions that have started are history and never move
     */
    public Result replan(CampPlan draft, List<CampPlan.Assignment> published, CampPlan.Assignment vacated,
                         LocalDateTime now) {
        SolveBudget budget = SolveBudget.startingNow(limits);
        CampPlan.Session session = draft.sessions().stream().filter(s -> s.id().equals(vacated.session())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No session " + vacated.session()));
        CampPlan away = withAway(draft, vacated, session);

        Optional<Result> onlyTheSeat = filled(() -> attempt(away, published, vacated, seat -> false, false, budget));
        if (onlyTheSeat.isPresent()) {
            return onlyTheSeat.get();
        }
        Map<String, CampPlan.Session> sessions = new HashMap<>();
        away.sessions().forEach(s -> sessions.put(s.id(), s));
        Optional<Result> sameDay = budget.timeIsUp() ? Optional.empty() : filled(() -> attempt(away, published,
                vacated, seat -> {
                    CampPlan.Session of = sessions.get(seat.session());
                    return of.start().toLocalDate().equals(session.start().toLocalDate()) && of.start().isAfter(now);
                }, false, budget));
        if (sameDay.isPresent()) {
            return sameDay.get();
        }
        // nobody can take it without breaking a hard rule (or the time was up): the seat stays empty, shown as a gap
        return attempt(away, published, vacated, seat -> false, true, SolveBudget.startingNow(LAST_RESORT));
    }

    /** The try's result if it filled the seat legally; empty if it did not, or its time ran out first. */
    private static Optional<Result> filled(Supplier<Result> attempt) {
        try {
            Result result = attempt.get();
            return result.vacatedSeatFilled() && result.legal() ? Optional.of(result) : Optional.empty();
        } catch (SolveStoppedException e) {
            if (e.cancelled()) {
                throw e;
            }
            return Optional.empty();
        }
    }

    private Result attempt(CampPlan plan, List<CampPlan.Assignment> published, CampPlan.Assignment vacated,
                           Predicate<CampPlan.Assignment> mayMove, boolean leaveVacatedEmpty, SolveBudget budget) {
        List<CampPlan.Assignment> start = new ArrayList<>();
        for (CampPlan.Assignment seat : plan.assignments()) {
            if (sameSeat(seat, vacated)) {
                start.add(new CampPlan.Assignment(seat.session(), seat.role(), seat.index(), null, leaveVacatedEmpty));
            } else {
                start.add(new CampPlan.Assignment(seat.session(), seat.role(), seat.index(), seat.person(),
                        seat.pinned() || !mayMove.test(seat)));
            }
        }
        CampPlan solved = solver.solve(plan.withAssignments(start), published, budget, roster -> { });
        // the pins were only for this solve: planners get back the pins they had
        Map<String, Boolean> pinnedBefore = new HashMap<>();
        plan.assignments().forEach(seat -> pinnedBefore.put(key(seat), seat.pinned()));
        List<CampPlan.Assignment> result = solved.assignments().stream()
                .map(seat -> new CampPlan.Assignment(seat.session(), seat.role(), seat.index(), seat.person(),
                        pinnedBefore.getOrDefault(key(seat), false)))
                .toList();
        Map<String, String> publishedPeople = new HashMap<>();
        published.forEach(seat -> publishedPeople.put(key(seat), seat.person()));
        List<CampPlan.Assignment> changed = result.stream()
                .filter(seat -> !sameSeat(seat, vacated))
                .filter(seat -> !Objects.equals(seat.person(), publishedPeople.get(key(seat))))
                .toList();
        boolean filled = result.stream().anyMatch(seat -> sameSeat(seat, vacated) && seat.person() != null);
        return new Result(solved.withAssignments(result), filled, changed, solved.score());
    }

    /** The person who withdrew is away for the session, so no solve puts them back. */
    private static CampPlan withAway(CampPlan plan, CampPlan.Assignment vacated, CampPlan.Session session) {
        return plan.withPeople(plan.people().stream().map(person -> {
            if (!person.id().equals(vacated.person())) {
                return person;
            }
            CampPlan.Availability availability = person.availability() == null
                    ? new CampPlan.Availability(null, null, null) : person.availability();
            List<CampPlan.Interval> unavailable = new ArrayList<>(
                    availability.unavailable() == null ? List.of() : availability.unavailable());
            unavailable.add(new CampPlan.Interval(session.start(), session.end()));
            return person.withAvailability(new CampPlan.Availability(availability.weekly(), availability.dates(),
                    unavailable));
        }).toList());
    }

    private static boolean sameSeat(CampPlan.Assignment one, CampPlan.Assignment other) {
        return one.session().equals(other.session()) && one.role().equals(other.role()) && one.index() == other.index();
    }

    private static String key(CampPlan.Assignment seat) {
        return seat.session() + "/" + seat.role() + "/" + seat.index();
    }
}
