package org.campcoplanner.planning.explain;

import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import org.campcoplanner.planning.domain.Person;
import org.campcoplanner.planning.domain.Roster;
import org.campcoplanner.planning.domain.SeatAssignment;
import org.campcoplanner.planning.format.PersonKind;
import org.campcoplanner.planning.rules.RuleNames;
import org.campcoplanner.planning.rules.TestCamp;
import org.campcoplanner.planning.solver.RosterSolverConfig;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.campcoplanner.base.TestTexts.english;
import static org.campcoplanner.planning.format.PersonKind.STAFF;
import static org.campcoplanner.planning.format.PersonKind.VOLUNTEER;
import static org.campcoplanner.planning.rules.TestCamp.person;
import static org.campcoplanner.planning.rules.TestCamp.seat;
import static org.campcoplanner.planning.rules.TestCamp.sit;

/**
 * A change people ask for themselves (taking an empty seat, a swap, a hand-over) is allowed only
 * when it breaks no hard rule the roster kept; each rule it would break comes back with its words.
 */
class ChangeCheckTest {

    private static final String SWIM_START = "2026-07-22T09:00";
    private static final String SWIM_END = "2026-07-22T12:00";

    private final ChangeCheck check = new ChangeCheck(
            SolutionManager.create(SolverFactory.<Roster>create(RosterSolverConfig.forExplanations())));

    /** Kim (staff) in the swim's first seat, Ann as {@code ann} says, and the camp's other sessions as given. */
    private static Roster camp(UnaryOperator<TestCamp.PersonSpec> ann, UnaryOperator<TestCamp> more) {
        Roster roster = more.apply(new TestCamp()
                .person("Kim", STAFF)
                .person("Ann", VOLUNTEER, ann)
                .session("swim", SWIM_START, SWIM_END, s -> s.activity("swim").seat("Helper", 2))).roster();
        sit(roster, seat(roster, "swim", 1), "Kim");
        return roster;
    }

    private List<String> rulesBrokenIfAnnTakes(Roster roster, SeatAssignment seat) {
        return check.brokenBy(roster, Map.of(seat, person(roster, "Ann"))).stream()
                .map(ChangeCheck.Broken::rule).distinct().toList();
    }

    @Test
    void takingAnEmptySeatThatBreaksNoRuleIsAllowedAndTheRosterIsLeftAsItWas() {
        Roster roster = camp(UnaryOperator.identity(), UnaryOperator.identity());
        SeatAssignment empty = seat(roster, "swim", 2);

        assertThat(check.brokenBy(roster, Map.of(empty, person(roster, "Ann")))).isEmpty();
        assertThat(empty.getPerson()).isNull();
    }

    @Test
    void awayAtThatTimeIsRefusedInWords() {
        Roster roster = camp(ann -> ann.away("2026-07-22T00:00", "2026-07-23T00:00"), UnaryOperator.identity());

        List<ChangeCheck.Broken> reasons = check.brokenBy(roster, Map.of(seat(roster, "swim", 2), person(roster, "Ann")));

        assertThat(reasons).extracting(ChangeCheck.Broken::rule).containsExactly(RuleNames.AVAILABILITY);
        assertThat(english(reasons.get(0).detail())).startsWith("Ann is away ");
        assertThat(reasons.get(0).people()).containsExactly("Ann");
    }

    @Test
    void inAnotherSessionAtTheSameTimeIsRefused() {
        Roster roster = camp(UnaryOperator.identity(), camp -> camp.session("arts", "2026-07-22T10:00", "2026-07-22T11:00"));
        sit(roster, seat(roster, "arts", 1), "Ann");

        assertThat(rulesBrokenIfAnnTakes(roster, seat(roster, "swim", 2))).containsExactly(RuleNames.ONE_PLACE_AT_A_TIME);
    }

    @Test
    void aMissingCredentialIsRefused() {
        Roster roster = camp(UnaryOperator.identity(), camp -> camp.session("pool", "2026-07-23T09:00", "2026-07-23T12:00",
                s -> s.seat("Lifeguard", List.of("FIRST_AID"), null, 10)));

        assertThat(rulesBrokenIfAnnTakes(roster, seat(roster, "pool", "Lifeguard", 1))).contains(RuleNames.CREDENTIALS);
    }

    @Test
    void aSeatForAnotherKindOfPersonIsRefused() {
        Roster roster = camp(UnaryOperator.identity(), camp -> camp.session("office", "2026-07-23T09:00", "2026-07-23T12:00",
                s -> s.seat("Coordinator", null, List.of(PersonKind.STAFF), 10)));

        assertThat(rulesBrokenIfAnnTakes(roster, seat(roster, "office", "Coordinator", 1))).contains(RuleNames.KINDS);
    }

    @Test
    void moreHoursInADayThanThePersonGivesIsRefused() {
        Roster roster = camp(ann -> ann.maxHoursPerDay(2), UnaryOperator.identity());

        assertThat(rulesBrokenIfAnnTakes(roster, seat(roster, "swim", 2))).containsExactly(RuleNames.HOURS_PER_DAY);
    }

    @Test
    void moreHoursInAWeekThanThePersonGivesIsRefused() {
        Roster roster = camp(ann -> ann.maxHoursPerWeek(4),
                camp -> camp.session("arts", "2026-07-20T09:00", "2026-07-20T11:00"));
        sit(roster, seat(roster, "arts", 1), "Ann");

        assertThat(rulesBrokenIfAnnTakes(roster, seat(roster, "swim", 2))).containsExactly(RuleNames.HOURS_PER_WEEK);
    }

    @Test
    void tooLittleRestBetweenShiftsIsRefused() {
        Roster roster = camp(ann -> ann.minRestHours(12),
                camp -> camp.session("campfire", "2026-07-21T19:00", "2026-07-21T23:00"));
        sit(roster, seat(roster, "campfire", 1), "Ann");

        assertThat(rulesBrokenIfAnnTakes(roster, seat(roster, "swim", 2))).containsExactly(RuleNames.REST);
    }

    @Test
    void aYouthWithoutTheGuardiansConsentTheCampAsksForIsRefused() {
        Roster roster = camp(ann -> ann.youth(), TestCamp::youthNeedGuardianConsent);

        assertThat(rulesBrokenIfAnnTakes(roster, seat(roster, "swim", 2))).containsExactly(RuleNames.GUARDIAN_CONSENT);
    }

    @Test
    void handingTheOnlyCheckedAdultsSeatToAYouthIsRefusedForSafeguarding() {
        Roster roster = camp(ann -> ann.youth().consentGiven("2026-06-01"), TestCamp::youthNeedGuardianConsent);

        assertThat(rulesBrokenIfAnnTakes(roster, seat(roster, "swim", 1))).containsExactly(RuleNames.SAFEGUARDING);
        assertThat(check.brokenBy(roster, Map.of(seat(roster, "swim", 1), person(roster, "Ann"))))
                .singleElement().satisfies(broken -> assertThat(broken.people()).isEmpty());
    }

    @Test
    void aSwapThatKeepsEveryRuleIsAllowed() {
        Roster roster = camp(UnaryOperator.identity(), camp -> camp.session("arts", "2026-07-23T09:00", "2026-07-23T12:00"));
        sit(roster, seat(roster, "arts", 1), "Ann");
        Map<SeatAssignment, Person> swap = new HashMap<>();
        swap.put(seat(roster, "swim", 1), person(roster, "Ann"));
        swap.put(seat(roster, "arts", 1), person(roster, "Kim"));

        assertThat(check.brokenBy(roster, swap)).isEmpty();
        assertThat(seat(roster, "swim", 1).getPerson().id()).isEqualTo("Kim");
    }

    @Test
    void aRuleTheRosterBrokeAlreadyDoesNotStopAChange() {
        // nobody is in the arts session yet, so it lacks a checked adult before and after Ann takes the swim seat
        Roster roster = camp(UnaryOperator.identity(), camp -> camp.session("arts", "2026-07-23T09:00", "2026-07-23T12:00"));

        assertThat(check.brokenBy(roster, Map.of(seat(roster, "swim", 2), person(roster, "Ann")))).isEmpty();
    }

    /**
     * Not "before" (over), not "away" (Ann is away), not "alone" (nobody is there: she would be the one adult
     * with the children), and the liked activity first.
     */
    @Test
    void openSeatsAreTheUpcomingEmptyOnesThePersonCouldTakeBestFirst() {
        Roster roster = camp(ann -> ann.likes("arts").away("2026-07-24T00:00", "2026-07-25T00:00"), camp -> camp
                .session("before", "2026-07-21T09:00", "2026-07-21T12:00")
                .session("arts", "2026-07-23T09:00", "2026-07-23T12:00", s -> s.activity("arts").seat("Helper", 2))
                .session("away", "2026-07-24T09:00", "2026-07-24T12:00")
                .session("alone", "2026-07-25T09:00", "2026-07-25T12:00"));
        sit(roster, seat(roster, "arts", 1), "Kim", seat(roster, "away", 1), "Kim");

        List<ChangeCheck.OpenSeat> open = check.openSeatsFor(roster, person(roster, "Ann"),
                LocalDateTime.parse("2026-07-22T00:00"));

        assertThat(open).extracting(o -> o.seat().getSession().id() + "/" + o.seat().getRoleIndex())
                .containsExactly("arts/2", "swim/2");
        assertThat(roster.getSeats()).filteredOn(s -> s.getPerson() != null).hasSize(3);
    }
}
