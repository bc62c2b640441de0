package org.campcoplanner.planning.explain;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.campcoplanner.planning.Text;
import org.campcoplanner.planning.rules.RuleNames;
import org.campcoplanner.planning.rules.Wording;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What putting someone in a seat does to the roster, in words rather than a score: "fairer hours
 * for Doug, Doug likes this activity, no rule broken". Filling the seat is left out, since every
 * candidate does that. Each soft rule has a phrase for better and one for worse,
 * {@code planning.gain.fairness.better} and {@code planning.gain.fairness.worse}, with the person's
 * first name as {0} and the rule's name as {1}.
 */
final class CandidateGain {

    private CandidateGain() {
    }

    static Text words(String name, ScoreAnalysis<HardMediumSoftLongScore> diff, boolean breaksAHardRule) {
        String first = name.split(" ")[0];
        List<ConstraintAnalysis<HardMediumSoftLongScore>> changed = diff.constraintAnalyses().stream()
                .filter(rule -> !rule.score().isZero() && rule.score().hardScore() == 0
                        && !rule.constraintName().equals(RuleNames.EMPTY_SEATS))
                .sorted(Comparator.comparing((ConstraintAnalysis<HardMediumSoftLongScore> rule) -> rule.score()).reversed())
                .toList();
        List<Text> words = new ArrayList<>();
        for (ConstraintAnalysis<HardMediumSoftLongScore> rule : changed) {
            boolean better = rule.score().compareTo(HardMediumSoftLongScore.ZERO) > 0;
            words.add(Text.of("planning.gain." + RuleNames.code(rule.constraintName()) + (better ? ".better" : ".worse"),
                    first, RuleNames.text(rule.constraintName())));
        }
        boolean safeguarding = diff.constraintAnalyses().stream().anyMatch(rule -> rule.score().hardScore() < 0
                && rule.constraintName().equals(RuleNames.SAFEGUARDING));
        if (breaksAHardRule) {
            words.add(Text.of("planning.gain.breaks-a-rule"));
        } else if (safeguarding) {
            words.add(Text.of("planning.gain.needs-checked-adult"));
        } else {
            words.add(Text.of("planning.gain.no-rule-broken"));
        }
        return Wording.list(words);
    }
}
