package org.campcoplanner.roster;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import org.campcoplanner.camp.CampPlanService;
import org.campcoplanner.planning.domain.Person;
import org.campcoplanner.planning.domain.Roster;
import org.campcoplanner.planning.domain.SeatAssignment;
import org.campcoplanner.planning.explain.Breach;
import org.campcoplanner.planning.explain.RosterExplainer;
import org.campcoplanner.planning.explain.RosterExplanation;
import org.campcoplanner.planning.explain.ScoreWords;
import org.campcoplanner.planning.explain.SeatCandidate;
import org.campcoplanner.planning.format.CampPlan;
import org.campcoplanner.planning.solver.RosterBuilder;
import org.campcoplanner.planning.solver.RosterSolverConfig;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.Map;
import java.util.Optional;

/**
 * The draft roster as planners work on it: the plan, who sits where (with versions for
 * conflict checks), the score explained, candidates for a seat, and hand edits that tell
 * everyone else looking at the camp.
 */
@Service
public class RosterWorkspace {

    private final CampPlanService campPlans;
    private final DraftRosterService drafts;
    private final CampChanges changes;
    private final PublishedBaseline publishedBaseline;
    private final RosterExplainer explainer = new RosterExplainer(SolutionManager.<Roster, HardMediumSoftLongScore>create(
            SolverFactory.create(RosterSolverConfig.forExplanations())));

    RosterWorkspace(CampPlanService campPlans, DraftRosterService drafts, CampChanges changes,
                    PublishedBaseline publishedBaseline) {
        this.campPlans = campPlans;
        this.drafts = drafts;
        this.changes = changes;
        this.publishedBaseline = publishedBaseline;
    }

    /**
     * Everything a planner sees of the draft at one moment. It keeps the roster built for the
     * explanation, so candidates and a person's hours reuse it instead of building it again.
     * {@code againstPublished} is null while nothing is published.
     */
    public record Draft(CampPlan plan, Map<SeatKey, SeatState> seats, RosterExplanation explanation, Roster roster,
                        SeatsMoved againstPublished) {
    }

    /** The draft, scored like a solve scores it: with a published revision, rule 14 counts every seat moved from it. */
    @PreAuthorize("@campAccess.canPlan(#campId)")
    public Draft load(long campId) {
        Map<SeatKey, SeatState> seats = drafts.snapshot(campId);
        CampPlan plan = campPlans.exportPlan(campId);
        Optional<PublishedBaseline.Revision> published = publishedBaseline.of(campId);
        Roster roster = RosterBuilder.build(plan, published.map(revision -> revision.seatsStillIn(plan)).orElse(null));
        return new Draft(plan, seats, explainer.explain(roster), roster,
                published.map(revision -> publishedBaseline.compare(revision, plan)).orElse(null));
    }

    /** Whether a plan's roster may be signed: its broken hard rules in words, and its empty seats. */
    public RosterCheck check(CampPlan plan) {
        Roster roster = RosterBuilder.build(plan);
        RosterExplanation explanation = explainer.explain(roster);
        return new RosterCheck(explanation.score(), ScoreWords.summary(explanation),
                explanation.hardBreaches().stream().map(Breach::sentence).toList(),
                roster.getSeats().size() - (int) roster.filledSeats());
    }

    public List<SeatCandidate> candidates(Draft draft, SeatKey key) {
        Roster roster = draft.roster();
        SeatAssignment seat = roster.getSeats().stream()
                .filter(s -> s.getSession().id().equals(key.session()) && s.getRole().equals(key.role())
                        && s.getRoleIndex() == key.index())
                .findFirst().orElseThrow(() -> new IllegalArgumentException("No seat " + key));
        return explainer.candidatesFor(roster, seat);
    }

    /** The person's shifts in the draft and their hours week by week. */
    public PersonLoad personLoad(Draft draft, String personId) {
        Roster roster = draft.roster();
        Person person = roster.getPeople().stream().filter(p -> p.id().equals(personId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No person " + personId));
        List<SeatAssignment> theirs = roster.getSeats().stream().filter(seat -> seat.getPerson() == person)
                .sorted(Comparator.comparingLong(seat -> seat.getSession().startMinute())).toList();
        Map<LocalDate, int[]> byWeek = new TreeMap<>();
        for (SeatAssignment seat : theirs) {
            int[] totals = byWeek.computeIfAbsent(seat.getSession().monday(), monday -> new int[2]);
            totals[0] += seat.getSession().durationMinutes();
            totals[1] += person.minutesOutsideStandardHours(seat.getSession());
        }
        List<PersonLoad.Week> weeks = byWeek.entrySet().stream().map(e -> new PersonLoad.Week(e.getKey(), e.getValue()[0],
                person.hasPledged() ? person.pledgeWeekOf(theirs.stream().filter(seat -> seat.getSession().monday()
                        .equals(e.getKey())).findFirst().orElseThrow().getSession()).pledgedMinutes() : null,
                e.getValue()[1])).toList();
        List<PersonLoad.Shift> shifts = theirs.stream().map(seat -> new PersonLoad.Shift(seat.getSession().id(),
                seat.getSession().title(), seat.label(), seat.getSession().start(), seat.getSession().end())).toList();
        return new PersonLoad(person.id(), person.name(), shifts, weeks);
    }

    /**
     * Puts someone in a seat (or nobody), pinned or not, if the seat is still as the planner
     * last saw it; otherwise {@link org.campcoplanner.roster.SeatChangedMeanwhileException}.
     * Every view of the camp but {@code origin}, which redraws itself, is told.
     */
    @PreAuthorize("@campAccess.canPlan(#campId)")
    public SeatState assign(long campId, SeatKey key, String personId, boolean pinned, long seenVersion,
                            Object origin) {
        SeatState saved = drafts.assign(campId, key, personId, pinned, seenVersion);
        changes.publish(campId, origin);
        return saved;
    }
}
