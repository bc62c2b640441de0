package org.campcoplanner.planning.solver;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import org.campcoplanner.demo.DemoCamp;
import org.campcoplanner.planning.domain.Person;
import org.campcoplanner.planning.domain.Roster;
import org.campcoplanner.planning.domain.SeatAssignment;
import org.campcoplanner.planning.format.CampPlan;
import org.campcoplanner.planning.generator.CampGenerator;
import org.campcoplanner.planning.generator.CampSize;
import org.campcoplanner.planning.rules.TestCamp;
import org.campcoplanner.planning.rules.TestCamp.PersonSpec;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.campcoplanner.planning.rules.TestCamp.seat;
import static org.campcoplanner.planning.format.PersonKind.LEADER;
import static org.campcoplanner.planning.format.PersonKind.STAFF;
import static org.campcoplanner.planning.format.PersonKind.VOLUNTEER;

class SessionCrewMoveFactoryTest {

    private static final SolutionManager<Roster, HardMediumSoftLongScore> SCORES =
            SolutionManager.create(SolverFactory.create(RosterSolverConfig.load()));

    @Test
    void localSearchAloneStaffsAnEmptySession() {
        Roster empty = new TestCamp().person("noah", STAFF).person("lee", LEADER).person("ada", VOLUNTEER)
                .session("a", "2026-07-06T09:00", "2026-07-06T12:00").roster();

        Roster solved = localSearchOnly(1_000).solve(empty);

        assertThat(solved.filledSeats()).isEqualTo(3);
        assertThat(solved.getScore().hardScore()).isZero();
    }

    @Test
    void localSearchAloneStaffsOnwardWillowAsWellAsFirstFit() {
        CampPlan plan = DemoCamp.secondPlan();
        long firstFit = new GreedyBaseline().fill(RosterBuilder.build(plan)).filledSeats();

        Roster solved = localSearchOnly(20_000).solve(RosterBuilder.build(plan));

        assertThat(solved.getScore().hardScore()).isZero();
        assertThat(solved.filledSeats()).isGreaterThanOrEqualTo(firstFit);
    }

    @Test
    void movesNeverTouchPinnedSeats() {
        Roster roster = RosterBuilder.build(DemoCamp.secondPlan());
        List<SeatAssignment> pinned = pinEveryThirdSeat(roster);

        Iterator<SessionCrewMove> moves = SessionCrewMoveFactory.randomMoves(roster, new Random(7));
        for (int i = 0; i < 2_000; i++) {
            assertThat(moves.next().getPlanningEntities()).doesNotContainAnyElementsOf(pinned);
        }
    }

    @Test
    void movesNeverTakeAPersonOutOfAPinnedSeat() {
        Roster roster = localSearchOnly(5_000).solve(RosterBuilder.build(DemoCamp.secondPlan()));
        List<SeatAssignment> filled = roster.getSeats().stream().filter(seat -> seat.getPerson() != null).toList();
        List<SeatAssignment> pinned = new ArrayList<>();
        for (int i = 0; i < filled.size(); i += 3) {
            filled.get(i).setPinned(true);
            pinned.add(filled.get(i));
        }

        Iterator<SessionCrewMove> moves = SessionCrewMoveFactory.randomMoves(roster, new Random(11));
        for (int i = 0; i < 2_000; i++) {
            assertThat(moves.next().getPlanningEntities()).doesNotContainAnyElementsOf(pinned);
        }
    }

    @Test
    void onACampShortOfPeopleTheMovesKeepPinsAndTheScoreConsistent() {
        Roster roster = RosterBuilder.build(new CampGenerator().scarce(CampSize.S, 3));
        List<SeatAssignment> pinned = pinEveryThirdSeat(roster);
        List<String> pinnedBefore = pinned.stream().map(SessionCrewMoveFactoryTest::text).toList();
        SolverConfig config = RosterSolverConfig.load()
                .withEnvironmentMode(EnvironmentMode.FULL_ASSERT)
                .withTerminationConfig(new TerminationConfig().withStepCountLimit(400));

        Roster solved = SolverFactory.<Roster>create(config).buildSolver().solve(roster);

        assertThat(solved.getSeats().stream().filter(SeatAssignment::isPinned).map(SessionCrewMoveFactoryTest::text))
                .containsExactlyElementsOf(pinnedBefore);
        assertThat(solved.getScore().hardScore()).isZero();
    }

    @Test
    void aChainPassesTheSeatSomeoneLeavesToWhoeverLeavesLessBehind() {
        // only x can take c's extra seat, and x is a's only checked adult: x may go to c only if
        // y leaves b's helper seat to be a's second, which no bump (refilling from people who are
        // free, and here nobody is) can do
        Roster roster = new TestCamp()
                .person("c1", LEADER).person("c2", LEADER).person("a1", LEADER, PersonSpec::noCheck)
                .person("x", VOLUNTEER, person -> person.credential("lifeguard", null))
                .person("b1", LEADER).person("b2", LEADER).person("y", STAFF)
                .session("c", "2026-07-06T13:00", "2026-07-06T16:00", session -> session
                        .seat("Lead", null, null, 30).seat("Second", null, null, 10)
                        .seat("Extra", List.of("lifeguard"), null, 20))
                .session("a", "2026-07-06T12:00", "2026-07-06T15:00", session -> session
                        .seat("Lead", null, null, 30).seat("Second", null, null, 20))
                .session("b", "2026-07-06T12:00", "2026-07-06T15:00", session -> session
                        .seat("Lead", null, null, 30).seat("Second", null, null, 10).seat("Helper", null, null, 5))
                .roster();
        TestCamp.sit(roster, seat(roster, "c", "Lead", 1), "c1", seat(roster, "c", "Second", 1), "c2",
                seat(roster, "a", "Lead", 1), "a1", seat(roster, "a", "Second", 1), "x",
                seat(roster, "b", "Lead", 1), "b1", seat(roster, "b", "Second", 1), "b2",
                seat(roster, "b", "Helper", 1), "y");
        HardMediumSoftLongScore before = SCORES.update(roster);
        assertThat(before.hardScore()).isZero();
        assertThat(-before.mediumScore()).isEqualTo(20);

        assertThat(leastEmptyPriority(roster, SessionCrewMoveFactory.Kind.BUMP)).isGreaterThanOrEqualTo(20);
        assertThat(leastEmptyPriority(roster, SessionCrewMoveFactory.Kind.CHAIN)).isEqualTo(5);
    }

    @Test
    void dissolvingASessionSendsItsPeopleWhereTheyCountMost() {
        // d1 and d2, helpers on Monday morning, are the only canoeists, whom the outings g1 and g2
        // each want: a trade or a bump sends one of them and closes their session, dissolving it
        // sends both
        Roster roster = new TestCamp()
                .person("d1", VOLUNTEER, person -> person.credential("canoe", null))
                .person("d2", VOLUNTEER, person -> person.credential("canoe", null))
                .person("g1", LEADER).person("h1", STAFF).person("g2", LEADER).person("h2", STAFF)
                .session("f", "2026-07-06T09:00", "2026-07-06T12:00", session -> session
                        .seat("Helper", null, null, 5).seat("Helper", null, null, 5))
                .session("g1", "2026-07-06T10:00", "2026-07-06T13:00", session -> session.seat("Lead", null, null, 30)
                        .seat("Second", null, null, 20).seat("Canoeist", List.of("canoe"), null, 20))
                .session("g2", "2026-07-06T10:00", "2026-07-06T13:00", session -> session.seat("Lead", null, null, 30)
                        .seat("Second", null, null, 20).seat("Canoeist", List.of("canoe"), null, 20))
                .roster();
        TestCamp.sit(roster, seat(roster, "f", "Helper", 1), "d1", seat(roster, "f", "Helper", 2), "d2",
                seat(roster, "g1", "Lead", 1), "g1", seat(roster, "g1", "Second", 1), "h1",
                seat(roster, "g2", "Lead", 1), "g2", seat(roster, "g2", "Second", 1), "h2");
        HardMediumSoftLongScore before = SCORES.update(roster);
        assertThat(before.hardScore()).isZero();
        assertThat(-before.mediumScore()).isEqualTo(40);

        assertThat(leastEmptyPriority(roster, SessionCrewMoveFactory.Kind.TRADE)).isEqualTo(30);
        assertThat(leastEmptyPriority(roster, SessionCrewMoveFactory.Kind.BUMP)).isEqualTo(30);
        assertThat(leastEmptyPriority(roster, SessionCrewMoveFactory.Kind.DISSOLVE)).isEqualTo(10);
    }

    @Test
    void aSearchedChainFindsTheCycleInWhichEveryoneStepsIntoTheNextOnesShift() {
        // p may take w's extra seat only by leaving Saturday, q may take p's Saturday seat only by
        // leaving Wednesday morning, r q's seat only by leaving Thursday, which p is then free for:
        // every link leaves a seat as dear as the one it fills, so only the whole cycle gains
        Roster roster = new TestCamp()
                .person("p", VOLUNTEER, person -> person.credential("x", null).credential("s", null)
                        .credential("t", null).maxHoursPerWeek(6))
                .person("q", VOLUNTEER, person -> person.credential("s", null).credential("a", null).maxHoursPerWeek(6))
                .person("r", VOLUNTEER, person -> person.credential("a", null).credential("t", null).maxHoursPerWeek(3))
                .person("w1", LEADER).person("w2", STAFF).person("s1", LEADER).person("s2", STAFF)
                .person("a1", LEADER).person("a2", STAFF).person("t1", LEADER).person("t2", STAFF)
                .session("w", "2026-07-08T13:00", "2026-07-08T16:00", session -> withHelper(session, "x"))
                .session("s", "2026-07-11T10:00", "2026-07-11T16:00", session -> withHelper(session, "s"))
                .session("a", "2026-07-08T09:00", "2026-07-08T12:00", session -> withHelper(session, "a"))
                .session("t", "2026-07-09T13:00", "2026-07-09T16:00", session -> withHelper(session, "t"))
                .roster();
        for (String session : List.of("w", "s", "a", "t")) {
            TestCamp.sit(roster, seat(roster, session, "Lead", 1), session + "1",
                    seat(roster, session, "Second", 1), session + "2");
        }
        TestCamp.sit(roster, seat(roster, "s", "Helper", 1), "p", seat(roster, "a", "Helper", 1), "q",
                seat(roster, "t", "Helper", 1), "r");
        HardMediumSoftLongScore before = SCORES.update(roster);
        assertThat(before.hardScore()).isZero();
        assertThat(-before.mediumScore()).isEqualTo(5);

        assertThat(leastEmptyPriority(roster, SessionCrewMoveFactory.Kind.CHAIN)).isEqualTo(5);
        assertThat(leastEmptyPriority(roster, SessionCrewMoveFactory.Kind.BUMP)).isEqualTo(5);
        assertThat(leastEmptyPriority(roster, SessionCrewMoveFactory.Kind.CHAIN_SEARCH)).isZero();
    }

    @Test
    void aSearchedChainLetsSomeoneOfTheSessionMoveUpForTheOneWhoJoins() {
        // only h, the session's helper, can take its first aider's seat; o, free, can take the helper's
        Roster roster = new TestCamp()
                .person("w1", LEADER).person("w2", STAFF)
                .person("h", VOLUNTEER, person -> person.credential("first aid", null)).person("o", VOLUNTEER)
                .session("w", "2026-07-06T13:00", "2026-07-06T16:00", session -> session
                        .seat("Lead", null, null, 30).seat("Second", null, null, 20)
                        .seat("First aider", List.of("first aid"), null, 20).seat("Helper", null, null, 5))
                .roster();
        TestCamp.sit(roster, seat(roster, "w", "Lead", 1), "w1", seat(roster, "w", "Second", 1), "w2",
                seat(roster, "w", "Helper", 1), "h");
        assertThat(-SCORES.update(roster).mediumScore()).isEqualTo(20);

        assertThat(leastEmptyPriority(roster, SessionCrewMoveFactory.Kind.CHAIN)).isEqualTo(20);
        assertThat(leastEmptyPriority(roster, SessionCrewMoveFactory.Kind.CHAIN_SEARCH)).isZero();
    }

    @Test
    void aSearchedChainMovesUpWhoeverOfTheSessionCanTakeTheSeatLeft() {
        // p leaves t's first aider seat for x's canoeist's; h, t's helper, is a first aider too
        Roster roster = new TestCamp()
                .person("x1", LEADER).person("x2", STAFF).person("t1", LEADER).person("t2", STAFF)
                .person("p", VOLUNTEER, person -> person.credential("canoe", null).credential("first aid", null))
                .person("h", VOLUNTEER, person -> person.credential("first aid", null))
                .session("x", "2026-07-06T10:00", "2026-07-06T13:00", session -> session
                        .seat("Lead", null, null, 30).seat("Second", null, null, 20)
                        .seat("Canoeist", List.of("canoe"), null, 40))
                .session("t", "2026-07-06T11:00", "2026-07-06T14:00", session -> session
                        .seat("Lead", null, null, 30).seat("Second", null, null, 20)
                        .seat("First aider", List.of("first aid"), null, 20).seat("Helper", null, null, 5))
                .roster();
        TestCamp.sit(roster, seat(roster, "x", "Lead", 1), "x1", seat(roster, "x", "Second", 1), "x2",
                seat(roster, "t", "Lead", 1), "t1", seat(roster, "t", "Second", 1), "t2",
                seat(roster, "t", "First aider", 1), "p", seat(roster, "t", "Helper", 1), "h");
        assertThat(-SCORES.update(roster).mediumScore()).isEqualTo(40);

        assertThat(leastEmptyPriority(roster, SessionCrewMoveFactory.Kind.CHAIN)).isEqualTo(20);
        assertThat(leastEmptyPriority(roster, SessionCrewMoveFactory.Kind.CHAIN_SEARCH)).isEqualTo(5);
    }

    @Test
    void aSearchedChainNeverLeavesASessionWithoutItsCheckedAdult() {
        // p could take x's canoeist seat by leaving t, where p is the only adult with a check;
        // v, free, could take p's seat, but t with u and v has no checked adult
        Roster roster = canoeistWantedWhereTIsLedByP(30,
                camp -> camp.person("v", VOLUNTEER, TestCamp.PersonSpec::noCheck));
        assertThat(SCORES.update(roster).hardScore()).isZero();

        assertEveryMoveKeepsTheHardRules(roster, SessionCrewMoveFactory.Kind.CHAIN_SEARCH);
    }

    @Test
    void aSessionThatADissolvedCrewWouldLeaveUnsafeIsEmptiedInstead() {
        // t is dissolved: p, checked, goes to x's canoeist seat; u, without a check, to y's lead,
        // and nobody is free to make y safe with u
        Roster roster = canoeistWantedWhereTIsLedByP(20,
                camp -> camp.session("y", "2026-07-06T11:00", "2026-07-06T14:00", session -> session
                        .seat("Lead", null, null, 30).seat("Second", null, null, 20)));
        assertThat(SCORES.update(roster).hardScore()).isZero();

        assertEveryMoveKeepsTheHardRules(roster, SessionCrewMoveFactory.Kind.DISSOLVE);
        assertEveryMoveKeepsTheHardRules(roster, SessionCrewMoveFactory.Kind.CHAIN);
    }

    /** Many moves of one kind, each tried on the roster and taken back: none breaks a hard rule. */
    private static void assertEveryMoveKeepsTheHardRules(Roster roster, SessionCrewMoveFactory.Kind kind) {
        Iterator<SessionCrewMove> moves = SessionCrewMoveFactory.randomMoves(roster, new Random(5), kind);
        for (int i = 0; i < 100; i++) {
            SessionCrewMove move = moves.next();
            HardMediumSoftLongScore score = scoreAfter(roster, move);
            assertThat(score.hardScore()).as("hard rules after %s %s: %s", kind, move, score).isZero();
        }
    }

    /** The roster's score with the move's changes made, the roster put back as it was afterwards. */
    private static HardMediumSoftLongScore scoreAfter(Roster roster, SessionCrewMove move) {
        Map<SeatAssignment, Person> before = new LinkedHashMap<>();
        move.changes().forEach((seat, person) -> {
            before.put(seat, seat.getPerson());
            seat.setPerson(person);
        });
        HardMediumSoftLongScore score = SCORES.update(roster);
        before.forEach(SeatAssignment::setPerson);
        return score;
    }

    /**
     * x, with its lead and second, wants a canoeist; p, checked and a canoeist, leads t at the same
     * time with u, who has no check; {@code more} adds to the camp.
     */
    private static Roster canoeistWantedWhereTIsLedByP(int tLeadPriority, UnaryOperator<TestCamp> more) {
        Roster roster = more.apply(new TestCamp()
                .person("x1", LEADER).person("x2", STAFF)
                .person("p", VOLUNTEER, person -> person.credential("canoe", null))
                .person("u", VOLUNTEER, TestCamp.PersonSpec::noCheck)
                .session("x", "2026-07-06T10:00", "2026-07-06T13:00", session -> session
                        .seat("Lead", null, null, 30).seat("Second", null, null, 20)
                        .seat("Canoeist", List.of("canoe"), null, 40))
                .session("t", "2026-07-06T11:00", "2026-07-06T14:00", session -> session
                        .seat("Lead", null, null, tLeadPriority).seat("Second", null, null, 20)))
                .roster();
        TestCamp.sit(roster, seat(roster, "x", "Lead", 1), "x1", seat(roster, "x", "Second", 1), "x2",
                seat(roster, "t", "Lead", 1), "p", seat(roster, "t", "Second", 1), "u");
        return roster;
    }

    private static TestCamp.SessionSpec withHelper(TestCamp.SessionSpec session, String credential) {
        return session.seat("Lead", null, null, 30).seat("Second", null, null, 20)
                .seat("Helper", List.of(credential), null, 5);
    }

    /**
     * The least priority left empty by any of many moves of one kind that break no hard rule, each
     * tried on the roster and taken back; the roster's own when none does better.
     */
    private static long leastEmptyPriority(Roster roster, SessionCrewMoveFactory.Kind kind) {
        long least = -SCORES.update(roster).mediumScore();
        Iterator<SessionCrewMove> moves = SessionCrewMoveFactory.randomMoves(roster, new Random(5), kind);
        for (int i = 0; i < 300; i++) {
            HardMediumSoftLongScore score = scoreAfter(roster, moves.next());
            if (score.hardScore() == 0) {
                least = Math.min(least, -score.mediumScore());
            }
        }
        return least;
    }

    /** Every third seat pinned as it is (empty): planners' calls the solver must leave alone. */
    private static List<SeatAssignment> pinEveryThirdSeat(Roster roster) {
        List<SeatAssignment> pinned = new ArrayList<>();
        for (int i = 0; i < roster.getSeats().size(); i += 3) {
            roster.getSeats().get(i).setPinned(true);
            pinned.add(roster.getSeats().get(i));
        }
        return pinned;
    }

    private static ai.timefold.solver.core.api.solver.Solver<Roster> localSearchOnly(int steps) {
        SolverConfig config = RosterSolverConfig.load();
        config.setPhaseConfigList(config.getPhaseConfigList().stream()
                .filter(LocalSearchPhaseConfig.class::isInstance).toList());
        config.setTerminationConfig(new TerminationConfig().withStepCountLimit(steps));
        return SolverFactory.<Roster>create(config).buildSolver();
    }

    private static String text(SeatAssignment seat) {
        return seat.getId() + "=" + seat.getPerson();
    }
}
