package org.campcoplanner.planning.explain;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.campcoplanner.planning.rules.RuleNames;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What putting someone in a seat does to the roster, in words rather than a score: "fairer hours
 * for Doug, Doug likes this activity, no rule broken". Filling the seat is left out, since every
 * candidate does that.
 */
final class CandidateGain {

    private CandidateGain() {
    }

    static String words(String name, ScoreAnalysis<HardMediumSoftLongScore> diff, boolean breaksAHardRule) {
        String first = name.split(" ")[0];
        List<ConstraintAnalysis<HardMediumSoftLongScore>> changed = diff.constraintAnalyses().stream()
                .filter(rule -> !rule.score().isZero() && rule.score().hardScore() == 0
                        && !rule.constraintName().equals(RuleNames.EMPTY_SEATS))
                .sorted(Comparator.comparing((ConstraintAnalysis<HardMediumSoftLongScore> rule) -> rule.score()).reversed())
                .toList();
        List<String> words = new ArrayList<>();
        for (ConstraintAnalysis<HardMediumSoftLongScore> rule : changed) {
            words.add(phrase(rule.constraintName(), rule.score().compareTo(HardMediumSoftLongScore.ZERO) > 0, first));
        }
        boolean safeguarding = diff.constraintAnalyses().stream().anyMatch(rule -> rule.score().hardScore() < 0
                && rule.constraintName().equals(RuleNames.SAFEGUARDING));
        if (breaksAHardRule) {
            words.add("breaks a rule");
        } else if (safeguarding) {
            words.add("the session still needs a second checked adult");
        } else {
            words.add("no rule broken");
        }
        return String.join(", ", words);
    }

    private static String phrase(String rule, boolean better, String first) {
        return switch (rule) {
            case RuleNames.FAIRNESS -> better ? "fairer hours for " + first : first + " moves further from their pledged hours";
            case RuleNames.STAFF_OUTSIDE_STANDARD_HOURS -> better ? "fewer staff hours outside standard hours"
                    : first + " works outside standard hours";
            case RuleNames.CO_DELIVERY -> better ? "residents and staff together" : "residents and staff not together";
            case RuleNames.PEER_SUPPORT -> better ? "a new volunteer gets an experienced partner"
                    : first + " is new and has no experienced partner there";
            case RuleNames.CONTINUITY -> better ? "same faces across the series" : "a new face in the series";
            case RuleNames.LIKED_ACTIVITIES -> better ? first + " likes this activity" : "a liked activity lost";
            case RuleNames.DISLIKED_ACTIVITIES -> better ? "a disliked activity avoided" : first + " dislikes this activity";
            case RuleNames.STABILITY -> better ? "keeps the published roster" : "changes the published roster";
            default -> (better ? "better for: " : "worse for: ") + rule.toLowerCase(java.util.Locale.ROOT);
        };
    }
}
