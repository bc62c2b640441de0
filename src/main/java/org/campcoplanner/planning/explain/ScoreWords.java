package org.campcoplanner.planning.explain;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.campcoplanner.planning.Text;
import org.campcoplanner.planning.rules.RuleNames;
import org.campcoplanner.planning.rules.Wording;

import java.util.List;

/**
 * A roster's score as residents read it, instead of the solver's {@code 0hard/0medium/-283940soft}:
 * "No rule broken. 3 seats empty." for the whole roster, and per rule what it counts, "Fair share of
 * pledged hours: 31 people off their weekly pledge". The raw score stays for the API and exports.
 */
public final class ScoreWords {

    private ScoreWords() {
    }

    /**
     * "No rule broken. Every seat is filled.", "2 hard rules broken: Only when available, Safeguarding.
     * 3 seats empty."
     */
    public static Text summary(RosterExplanation explanation) {
        List<Text> broken = explanation.rules().stream().filter(RuleTotal::hard)
                .map(rule -> RuleNames.text(rule.rule())).toList();
        int empty = explanation.rules().stream().filter(rule -> rule.rule().equals(RuleNames.EMPTY_SEATS))
                .mapToInt(RuleTotal::matches).sum();
        Text rules = broken.isEmpty() ? Text.of("planning.score.no-rule-broken")
                : Text.of("planning.score.rules-broken", broken.size(), Wording.list(broken));
        return Text.of("planning.score.summary", rules, Text.of("planning.score.seats-empty", empty));
    }

    /** "Fair share of pledged hours: 31 people off their weekly pledge" */
    public static Text rule(RuleTotal rule) {
        return Text.of("planning.score.rule", RuleNames.text(rule.rule()), count(rule));
    }

    /**
     * What the rule counts, in its own words: seats, people or sessions ("31 people off their weekly
     * pledge", "3 seats empty"), {@code planning.count.<rule>} with the matches as {0}, the different
     * people as {1} and the different sessions as {2}.
     */
    public static Text count(RuleTotal rule) {
        return Text.of("planning.count." + RuleNames.code(rule.rule()), rule.matches(), rule.people(), rule.sessions());
    }

    /** Whether a score as the solver writes it ({@code -2hard/0medium/-120soft}) breaks a hard rule. */
    public static boolean breaksAHardRule(String score) {
        return HardMediumSoftLongScore.parseScore(score).hardScore() < 0;
    }
}
