package org.campcoplanner.planning.explain;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.MatchAnalysis;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolutionUpdatePolicy;
import org.campcoplanner.planning.Text;
import org.campcoplanner.planning.domain.Person;
import org.campcoplanner.planning.domain.Roster;
import org.campcoplanner.planning.domain.SeatAssignment;
import org.campcoplanner.planning.rules.RuleBreach;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether people may change seats in a roster by themselves: picking up an empty seat, swapping
 * shifts or handing one over. A change may be made when it breaks no hard rule the roster kept
 * before; the rules it would break come back in words. The roster is left as it was.
 */
public final class ChangeCheck {

    private final SolutionManager<Roster, HardMediumSoftLongScore> solutionManager;

    public ChangeCheck(SolutionManager<Roster, HardMediumSoftLongScore> solutionManager) {
        this.solutionManager = solutionManager;
    }

    /**
     * A hard rule a change would break: the rule ({@code RuleNames}), what happens in words, and the
     * plan ids of the people it is about (none for a rule about a whole session), so a volunteer is
     * never told another person's availability or limits.
     */
    public record Broken(String rule, Text detail, List<String> people) {
    }

    /** An empty seat someone could take, and what taking it does to the roster's score (better first). */
    public record OpenSeat(SeatAssignment seat, HardMediumSoftLongScore scoreChange) {
    }

    /**
     * The hard rules that would newly break if each seat of {@code change} went to its person
     * ({@code null} for nobody); empty when the change may be made.
     */
    public List<Broken> brokenBy(Roster roster, Map<SeatAssignment, Person> change) {
        ScoreAnalysis<HardMediumSoftLongScore> before = solutionManager.analyze(roster);
        Map<SeatAssignment, List<Person>> offeredBefore = new LinkedHashMap<>();
        change.forEach((seat, person) -> {
            offeredBefore.put(seat, seat.getEligiblePeople());
            // someone the solver would never offer the seat: scored as it would be, so the rules say why
            seat.offer(person);
        });
        Map<SeatAssignment, Person> previous = apply(change);
        try {
            ScoreAnalysis<HardMediumSoftLongScore> after = solutionManager.analyze(roster);
            if (after.score().hardScore() >= before.score().hardScore()
                    && after.constraintAnalyses().stream().allMatch(rule -> rule.score().hardScore()
                    >= scoreOf(before, rule.constraintName()).hardScore())) {
                return List.of();
            }
            return broken(after.diff(before));
        } finally {
            apply(previous);
            offeredBefore.forEach(SeatAssignment::setEligiblePeople);
        }
    }

    /**
     * The empty seats of sessions starting after {@code from} that {@code person} could take
     * without breaking a hard rule, the best for the roster first.
     */
    public List<OpenSeat> openSeatsFor(Roster roster, Person person, LocalDateTime from) {
        List<SeatAssignment> possible = roster.getSeats().stream()
                .filter(seat -> seat.getPerson() == null && seat.getSession().start().isAfter(from))
                .filter(seat -> CandidateReasons.whyNot(seat, person).isEmpty())
                .toList();
        if (possible.isEmpty()) {
            return List.of();
        }
        HardMediumSoftLongScore before = solutionManager.update(roster, SolutionUpdatePolicy.UPDATE_SCORE_ONLY);
        List<OpenSeat> open = new ArrayList<>();
        for (SeatAssignment seat : possible) {
            seat.setPerson(person);
            try {
                HardMediumSoftLongScore after = solutionManager.update(roster, SolutionUpdatePolicy.UPDATE_SCORE_ONLY);
                if (after.hardScore() >= before.hardScore()) {
                    open.add(new OpenSeat(seat, after.subtract(before)));
                }
            } finally {
                seat.setPerson(null);
            }
        }
        solutionManager.update(roster, SolutionUpdatePolicy.UPDATE_SCORE_ONLY);
        open.sort(Comparator.comparing(OpenSeat::scoreChange).reversed()
                .thenComparing(openSeat -> openSeat.seat().getSession().start()));
        return open;
    }

    private static List<Broken> broken(ScoreAnalysis<HardMediumSoftLongScore> diff) {
        List<Broken> broken = new ArrayList<>();
        for (ConstraintAnalysis<HardMediumSoftLongScore> rule : diff.constraintAnalyses()) {
            if (rule.score().hardScore() >= 0 || rule.matches() == null) {
                continue;
            }
            for (MatchAnalysis<HardMediumSoftLongScore> match : rule.matches()) {
                if (match.score().hardScore() < 0 && match.justification() instanceof RuleBreach breach) {
                    broken.add(new Broken(rule.constraintName(), breach.sentence(),
                            breach.people().stream().map(Person::id).distinct().toList()));
                }
            }
        }
        return broken;
    }

    private static HardMediumSoftLongScore scoreOf(ScoreAnalysis<HardMediumSoftLongScore> analysis, String rule) {
        var constraint = analysis.getConstraintAnalysis(rule);
        return constraint == null ? HardMediumSoftLongScore.ZERO : constraint.score();
    }

    /** Puts everyone in their seat and answers who sat there before. */
    private static Map<SeatAssignment, Person> apply(Map<SeatAssignment, Person> change) {
        Map<SeatAssignment, Person> previous = new LinkedHashMap<>();
        change.forEach((seat, person) -> {
            previous.put(seat, seat.getPerson());
            seat.setPerson(person);
        });
        return previous;
    }
}
