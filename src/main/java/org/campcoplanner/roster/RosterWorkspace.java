package org.campcoplanner.roster;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import org.campcoplanner.camp.CampPlanService;
import org.campcoplanner.camp.DraftRosterService;
import org.campcoplanner.camp.SeatKey;
import org.campcoplanner.camp.SeatState;
import org.campcoplanner.planning.domain.Roster;
import org.campcoplanner.planning.domain.SeatAssignment;
import org.campcoplanner.planning.explain.RosterExplainer;
import org.campcoplanner.planning.explain.RosterExplanation;
import org.campcoplanner.planning.explain.SeatCandidate;
import org.campcoplanner.planning.format.CampPlan;
import org.campcoplanner.planning.solver.RosterBuilder;
import org.campcoplanner.planning.solver.RosterSolverConfig;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Map;

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
    private final RosterExplainer explainer = new RosterExplainer(SolutionManager.<Roster, HardMediumSoftLongScore>create(
            SolverFactory.create(RosterSolverConfig.forExplanations())));

    RosterWorkspace(CampPlanService campPlans, DraftRosterService drafts, CampChanges changes) {
        this.campPlans = campPlans;
        this.drafts = drafts;
        this.changes = changes;
    }

    /** Everything a planner sees of the draft at one moment. */
    public record Draft(CampPlan plan, Map<SeatKey, SeatState> seats, RosterExplanation explanation) {
    }

    public Draft load(long campId) {
        Map<SeatKey, SeatState> seats = drafts.snapshot(campId);
        CampPlan plan = campPlans.exportPlan(campId);
        return new Draft(plan, seats, explainer.explain(RosterBuilder.build(plan)));
    }

    public List<SeatCandidate> candidates(CampPlan plan, SeatKey key) {
        Roster roster = RosterBuilder.build(plan);
        SeatAssignment seat = roster.getSeats().stream()
                .filter(s -> s.getSession().id().equals(key.session()) && s.getRole().equals(key.role())
                        && s.getRoleIndex() == key.index())
                .findFirst().orElseThrow(() -> new IllegalArgumentException("No seat " + key));
        return explainer.candidatesFor(roster, seat);
    }

    /**
     * Puts someone in a seat (or nobody), pinned or not, if the seat is still as the planner
     * last saw it; otherwise {@link org.campcoplanner.camp.SeatChangedMeanwhileException}.
     */
    public SeatState assign(long campId, SeatKey key, String personId, boolean pinned, long seenVersion) {
        SeatState saved = drafts.assign(campId, key, personId, pinned, seenVersion);
        changes.publish(campId);
        return saved;
    }
}
