package org.campcoplanner.planning.explain;

import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import org.campcoplanner.planning.domain.Roster;
import org.campcoplanner.planning.rules.RuleNames;
import org.campcoplanner.planning.rules.TestCamp;
import org.campcoplanner.planning.solver.RosterSolverConfig;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.campcoplanner.base.TestTexts.english;
import static org.campcoplanner.base.TestTexts.french;
import static org.campcoplanner.planning.format.PersonKind.LEADER;
import static org.campcoplanner.planning.format.PersonKind.STAFF;
import static org.campcoplanner.planning.format.PersonKind.VOLUNTEER;
import static org.campcoplanner.planning.rules.TestCamp.seat;
import static org.campcoplanner.planning.rules.TestCamp.sit;

/** The score as residents read it: what breaks, what is empty, and what each rule counts, never 0hard/0medium/-120soft. */
class ScoreWordsTest {

    private final RosterExplainer explainer = new RosterExplainer(
            SolutionManager.create(SolverFactory.<Roster>create(RosterSolverConfig.forExplanations())));

    private Roster camp() {
        return new TestCamp()
                .person("Amina Yusuf", LEADER, p -> p.away("2026-07-20T00:00", "2026-07-27T00:00").pledged(6))
                .person("Noah Tremblay", STAFF)
                .person("Wen Haddad", VOLUNTEER, p -> p.pledged(4))
                .person("Sam Nguyen", VOLUNTEER, p -> p.pledged(4))
                .session("swim", "2026-07-22T13:00", "2026-07-22T16:00", s -> s.activity("swim").seat("Helper", 3))
                .session("arts", "2026-07-23T14:00", "2026-07-23T15:00", s -> s.activity("arts").seat("Helper", 2))
                .roster();
    }

    @Test
    void aRosterBreakingNoRuleSaysSoAndCountsItsEmptySeats() {
        Roster roster = camp();
        sit(roster, seat(roster, "swim", 1), "Noah Tremblay", seat(roster, "swim", 2), "Wen Haddad",
                seat(roster, "arts", 1), "Noah Tremblay", seat(roster, "arts", 2), "Sam Nguyen");

        RosterExplanation explanation = explainer.explain(roster);

        assertThat(english(ScoreWords.summary(explanation))).isEqualTo("No rule broken. 1 seat empty.");
        assertThat(french(ScoreWords.summary(explanation))).isEqualTo("Aucune règle enfreinte. 1 place vide.");
        assertThat(english(ScoreWords.summary(explanation))).doesNotContain("hard/", "soft");
    }

    @Test
    void brokenHardRulesAreNamedAndEachRuleSaysWhatItCounts() {
        Roster roster = camp();
        sit(roster, seat(roster, "swim", 1), "Amina Yusuf", seat(roster, "swim", 2), "Noah Tremblay");

        RosterExplanation explanation = explainer.explain(roster);

        assertThat(english(ScoreWords.summary(explanation)))
                .isEqualTo("1 hard rule broken: Only when available. 3 seats empty.");
        assertThat(french(ScoreWords.summary(explanation)))
                .isEqualTo("1 règle stricte enfreinte : Seulement quand disponible. 3 places vides.");
        List<String> lines = explanation.rules().stream().map(rule -> english(ScoreWords.rule(rule))).toList();
        assertThat(lines).contains("Only when available: 1 seat taken by someone who is not available then",
                "Every seat filled: 3 seats empty",
                "Fair share of pledged hours: 3 people off their weekly pledge");
        RuleTotal fairness = explanation.rules().stream().filter(rule -> rule.rule().equals(RuleNames.FAIRNESS))
                .findFirst().orElseThrow();
        assertThat(french(ScoreWords.rule(fairness)))
                .isEqualTo("Juste part des heures promises : 3 personnes loin des heures promises pour la semaine");
    }

    @Test
    void theSolversScoreTellsWhetherAHardRuleIsBroken() {
        assertThat(ScoreWords.breaksAHardRule("0hard/-20medium/-283940soft")).isFalse();
        assertThat(ScoreWords.breaksAHardRule("-2hard/0medium/0soft")).isTrue();
    }
}
