package org.campcoplanner.planning.explain;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import org.campcoplanner.planning.Text;
import org.campcoplanner.planning.domain.Roster;
import org.campcoplanner.planning.domain.SeatAssignment;
import org.campcoplanner.planning.rules.RuleNames;
import org.campcoplanner.planning.rules.TestCamp;
import org.campcoplanner.planning.solver.RosterSolverConfig;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.campcoplanner.base.TestTexts.english;
import static org.campcoplanner.base.TestTexts.french;
import static org.campcoplanner.planning.format.PersonKind.LEADER;
import static org.campcoplanner.planning.format.PersonKind.STAFF;
import static org.campcoplanner.planning.format.PersonKind.VOLUNTEER;
import static org.campcoplanner.planning.rules.TestCamp.seat;
import static org.campcoplanner.planning.rules.TestCamp.sit;

class RosterExplainerTest {

    private final RosterExplainer explainer = new RosterExplainer(
            SolutionManager.create(SolverFactory.<Roster>create(RosterSolverConfig.forExplanations())));

    private Roster holidayRoster() {
        return new TestCamp()
                .person("Amina Yusuf", LEADER, p -> p.away("2026-07-20T00:00", "2026-07-27T00:00"))
                .person("Noah Tremblay", STAFF)
                .person("Wen Haddad", VOLUNTEER, p -> p.weekly(DayOfWeek.MONDAY, "09:00", "12:00"))
                .person("Sam Nguyen", VOLUNTEER, p -> p.youth())
                .session("swim", "2026-07-22T13:00", "2026-07-22T16:00", s -> s.activity("swim").seat("Helper", 3))
                .session("arts", "2026-07-22T14:00", "2026-07-22T15:00", s -> s.activity("arts").seat("Helper", 2))
                .roster();
    }

    @Test
    void aHardBreakIsExplainedInWordsWithWhoAndWhere() {
        Roster roster = holidayRoster();
        sit(roster, seat(roster, "swim", 1), "Amina Yusuf", seat(roster, "swim", 2), "Noah Tremblay");

        RosterExplanation explanation = explainer.explain(roster);

        assertThat(explanation.score()).startsWith("-1hard");
        assertThat(explanation.hardBreaches()).extracting(breach -> english(breach.sentence()))
                .containsExactly("Amina Yusuf is away Mon 20 Jul – Sun 26 Jul but sits in swim on Wed 22 Jul");
        assertThat(explanation.hardBreaches()).extracting(breach -> breach.sentence().key())
                .containsExactly("planning.breach.away");
        assertThat(french(explanation.hardBreaches().get(0).sentence())).isEqualTo(
                "Amina Yusuf a signalé une absence (lun. 20 juill. – dim. 26 juill.), mais occupe une place à swim le mer. 22 juill.");
        assertThat(explanation.aboutPerson("Amina Yusuf")).extracting(Breach::rule).contains(RuleNames.AVAILABILITY);
        assertThat(explanation.aboutSession("swim")).isNotEmpty();
        assertThat(explanation.rules().get(0).rule()).isEqualTo(RuleNames.AVAILABILITY);
        assertThat(explanation.breaches()).extracting(breach -> english(breach.sentence()))
                .contains("Helper 3 in swim on Wed 22 Jul is empty (priority 10)");
    }

    @Test
    void candidatesForASeatAreRankedWithTheReasonsOthersCannotTakeIt() {
        Roster roster = holidayRoster();
        sit(roster, seat(roster, "swim", 1), "Noah Tremblay");
        SeatAssignment seat = seat(roster, "arts", 1);

        List<SeatCandidate> candidates = explainer.candidatesFor(roster, seat);

        assertThat(candidates).extracting(SeatCandidate::name)
                .containsExactlyInAnyOrder("Amina Yusuf", "Noah Tremblay", "Wen Haddad", "Sam Nguyen");
        assertThat(candidates.get(0).name()).isEqualTo("Sam Nguyen");
        assertThat(candidates.get(0).fits()).isTrue();
        assertThat(candidates.get(0).reasons()).singleElement().extracting(SeatCandidate.Reason::rule)
                .isEqualTo(RuleNames.SAFEGUARDING);
        SeatCandidate amina = find(candidates, "Amina Yusuf");
        assertThat(amina.fits()).isFalse();
        assertThat(amina.reasons()).singleElement().satisfies(reason -> {
            assertThat(reason.rule()).isEqualTo(RuleNames.AVAILABILITY);
            assertThat(english(reason.detail())).startsWith("away Mon 20 Jul");
        });
        SeatCandidate wen = find(candidates, "Wen Haddad");
        assertThat(wen.reasons()).extracting(reason -> english(reason.detail()))
                .containsExactly("not available Wed 22 Jul 14:00–15:00");
        SeatCandidate noah = find(candidates, "Noah Tremblay");
        assertThat(noah.fits()).isFalse();
        assertThat(noah.scoreChange()).isNotNull();
        assertThat(noah.reasons()).anySatisfy(reason -> {
            assertThat(reason.rule()).isEqualTo(RuleNames.ONE_PLACE_AT_A_TIME);
            assertThat(english(reason.detail())).startsWith("Noah Tremblay sits in both");
        });
        assertThat(seat.getPerson()).isNull();
    }

    @Test
    void whatACandidateWouldDoIsSaidInWordsAndWhyOthersCannotIsGroupedByRule() {
        Roster roster = holidayRoster();
        sit(roster, seat(roster, "swim", 1), "Noah Tremblay");
        SeatAssignment seat = seat(roster, "arts", 1);

        List<SeatCandidate> candidates = explainer.candidatesFor(roster, seat);

        assertThat(english(find(candidates, "Sam Nguyen").gain())).endsWith("the session still needs a second checked adult")
                .doesNotContainPattern("\\d");
        assertThat(french(find(candidates, "Sam Nguyen").gain()))
                .endsWith("la séance a encore besoin d'un deuxième adulte vérifié");
        assertThat(english(find(candidates, "Noah Tremblay").gain())).endsWith("breaks a rule");
        SeatCandidate amina = find(candidates, "Amina Yusuf");
        assertThat(amina.gain()).isNull();
        assertThat(amina.cannotBecause()).isEqualTo(RuleNames.AVAILABILITY);
        assertThat(english(amina.reasons().get(0).detail())).startsWith("away Mon 20 Jul");
        assertThat(find(candidates, "Noah Tremblay").cannotBecause()).isEqualTo(RuleNames.ONE_PLACE_AT_A_TIME);
    }

    @Test
    void credentialsAreNamedAsPeopleSayThemInBreachesAndReasons() {
        Roster roster = new TestCamp()
                .person("Wen Haddad", VOLUNTEER, p -> p.credential("FIRST_AID", "2026-07-10"))
                .person("Sam Nguyen", VOLUNTEER, p -> p.noCheck())
                .session("campout", "2026-07-10T19:00", "2026-07-11T09:00",
                        s -> s.seat("Lead", List.of(TestCamp.VSC), null, 30).seat("First aider", List.of("FIRST_AID"), null, 20))
                .roster();
        sit(roster, seat(roster, "campout", "Lead", 1), "Sam Nguyen", seat(roster, "campout", "First aider", 1), "Wen Haddad");

        List<Text> sentences = explainer.explain(roster).hardBreaches().stream().map(Breach::sentence).toList();
        assertThat(english(sentences))
                .contains("Sam Nguyen sits in Lead 1 in campout on Fri 10 Jul, which needs Police check (vulnerable sector) "
                                + "(they do not hold it) valid on Sat 11 Jul",
                        "Wen Haddad sits in First aider 1 in campout on Fri 10 Jul, which needs First aid (theirs expires "
                                + "Fri 10 Jul) valid on Sat 11 Jul");
        assertThat(sentences.stream().map(text -> french(text)))
                .contains("Wen Haddad occupe First aider 1 à campout le ven. 10 juill., qui demande Premiers soins "
                        + "(son attestation expire le ven. 10 juill.) valide le sam. 11 juill.");
        SeatAssignment firstAider = seat(roster, "campout", "First aider", 1);
        firstAider.setPerson(null);
        assertThat(find(explainer.candidatesFor(roster, firstAider), "Sam Nguyen").reasons())
                .anySatisfy(reason -> {
                    assertThat(reason.rule()).isEqualTo(RuleNames.CREDENTIALS);
                    assertThat(english(reason.detail())).isEqualTo("does not hold First aid");
                });
    }

    @Test
    void aYouthWithoutAGuardiansConsentIsNamedInTheBreachAndAmongThoseWhoCannot() {
        Roster roster = new TestCamp().youthNeedGuardianConsent()
                .person("Sam Nguyen", VOLUNTEER, p -> p.youth())
                .person("Ava Roy", VOLUNTEER, p -> p.youth().consentGiven("2026-07-09"))
                .session("swim", "2026-07-08T13:00", "2026-07-08T16:00", s -> s.seat("Helper", 2))
                .roster();
        sit(roster, seat(roster, "swim", 1), "Sam Nguyen", seat(roster, "swim", 2), "Ava Roy");

        assertThat(english(explainer.explain(roster).hardBreaches().stream().map(Breach::sentence).toList())).contains(
                "Sam Nguyen is 14-17 and has no guardian's consent on file, but sits in Helper 1 in swim on Wed 8 Jul",
                "Ava Roy sits in Helper 2 in swim on Wed 8 Jul, but their guardian's consent counts only from Thu 9 Jul");
        SeatAssignment helper = seat(roster, "swim", 1);
        helper.setPerson(null);
        assertThat(find(explainer.candidatesFor(roster, helper), "Sam Nguyen").reasons()).anySatisfy(reason -> {
            assertThat(reason.rule()).isEqualTo(RuleNames.GUARDIAN_CONSENT);
            assertThat(english(reason.detail())).contains("no guardian's consent on file");
            assertThat(french(reason.detail())).contains("aucun consentement d'un parent ou tuteur au dossier");
        });
    }

    private static SeatCandidate find(List<SeatCandidate> candidates, String name) {
        return candidates.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }
}
