package org.campcoplanner.planning.explain;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.MatchAnalysis;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.RecommendedAssignment;
import ai.timefold.solver.core.api.solver.SolutionManager;
import org.campcoplanner.planning.domain.Person;
import org.campcoplanner.planning.domain.Roster;
import org.campcoplanner.planning.domain.SeatAssignment;
import org.campcoplanner.planning.domain.Session;
import org.campcoplanner.planning.rules.RuleBreach;
import org.campcoplanner.planning.rules.RuleNames;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Turns Timefold's score analysis and assignment recommendations into words for planners. */
public final class RosterExplainer {

    private static final Comparator<RuleTotal> WORST_FIRST = Comparator
            .comparing((RuleTotal rule) -> HardMediumSoftLongScore.parseScore(rule.impact()));

    private final SolutionManager<Roster, HardMediumSoftLongScore> solutionManager;

    public RosterExplainer(SolutionManager<Roster, HardMediumSoftLongScore> solutionManager) {
        this.solutionManager = solutionManager;
    }

    public RosterExplanation explain(Roster roster) {
        ScoreAnalysis<HardMediumSoftLongScore> analysis = solutionManager.analyze(roster);
        List<RuleTotal> rules = analysis.constraintAnalyses().stream()
                .filter(rule -> !rule.score().isZero())
                .map(RosterExplainer::total)
                .sorted(WORST_FIRST)
                .toList();
        return new RosterExplanation(analysis.score().toString(), rules);
    }

    /**
     * Everyone who could be asked to sit in the seat, best first: those who fit, ranked by the
     * score change, then those who cannot, with the reasons. Safeguarding is about the whole
     * session, not the candidate (the first person in an empty session always breaks it until
     * the second arrives), so it is reported among the reasons but does not make anyone unfit.
     */
    public List<SeatCandidate> candidatesFor(Roster roster, SeatAssignment seat) {
        Person current = seat.getPerson();
        boolean pinned = seat.isPinned();
        seat.setPerson(null);
        seat.setPinned(false);
        List<RecommendedAssignment<Person, HardMediumSoftLongScore>> recommendations;
        try {
            recommendations = solutionManager.recommendAssignment(roster, seat, SeatAssignment::getPerson);
        } finally {
            seat.setPerson(current);
            seat.setPinned(pinned);
        }
        List<SeatCandidate> candidates = new ArrayList<>();
        Set<Person> offered = new HashSet<>();
        recommendations.stream()
                .filter(recommendation -> recommendation.proposition() != null)
                .sorted(Comparator.comparing((RecommendedAssignment<Person, HardMediumSoftLongScore> r) ->
                        r.scoreAnalysisDiff().score()).reversed())
                .forEach(recommendation -> {
                    Person person = recommendation.proposition();
                    offered.add(person);
                    ScoreAnalysis<HardMediumSoftLongScore> diff = recommendation.scoreAnalysisDiff();
                    List<SeatCandidate.Reason> reasons = hardReasons(diff);
                    boolean fits = reasons.stream().allMatch(reason -> reason.rule().equals(RuleNames.SAFEGUARDING));
                    candidates.add(new SeatCandidate(person.id(), person.name(), fits, diff.score().toString(),
                            CandidateGain.words(person.name(), diff, !fits), reasons));
                });
        List<SeatCandidate> fitting = new ArrayList<>(candidates.stream().filter(SeatCandidate::fits).toList());
        List<SeatCandidate> notFitting = new ArrayList<>(candidates.stream().filter(c -> !c.fits()).toList());
        for (Person person : roster.getPeople()) {
            if (!offered.contains(person)) {
                notFitting.add(new SeatCandidate(person.id(), person.name(), false, null, null,
                        CandidateReasons.whyNot(seat, person)));
            }
        }
        fitting.addAll(notFitting);
        return fitting;
    }

    private static List<SeatCandidate.Reason> hardReasons(ScoreAnalysis<HardMediumSoftLongScore> diff) {
        List<SeatCandidate.Reason> reasons = new ArrayList<>();
        for (ConstraintAnalysis<HardMediumSoftLongScore> rule : diff.constraintAnalyses()) {
            if (rule.score().hardScore() >= 0 || rule.matches() == null) {
                continue;
            }
            for (MatchAnalysis<HardMediumSoftLongScore> match : rule.matches()) {
                if (match.score().hardScore() < 0 && match.justification() instanceof RuleBreach breach) {
                    reasons.add(new SeatCandidate.Reason(rule.constraintName(), breach.sentence()));
                }
            }
        }
        return reasons;
    }

    private static RuleTotal total(ConstraintAnalysis<HardMediumSoftLongScore> rule) {
        List<Breach> breaches = rule.matches() == null ? List.of() : rule.matches().stream()
                .filter(match -> match.justification() instanceof RuleBreach)
                .sorted(Comparator.comparing(MatchAnalysis::score))
                .map(match -> breach(rule.constraintName(), match))
                .toList();
        return new RuleTotal(rule.constraintName(), rule.score().toString(), rule.score().hardScore() < 0,
                rule.matchCount(), breaches);
    }

    private static Breach breach(String rule, MatchAnalysis<HardMediumSoftLongScore> match) {
        RuleBreach breach = (RuleBreach) match.justification();
        return new Breach(rule, breach.sentence(), match.score().toString(),
                breach.people().stream().map(Person::id).toList(),
                breach.sessions().stream().map(Session::id).toList(),
                breach.seats().stream().map(SeatAssignment::getId).toList());
    }
}
