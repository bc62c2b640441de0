package org.campcoplanner.planning.solver;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import org.campcoplanner.planning.domain.Person;
import org.campcoplanner.planning.domain.Roster;
import org.campcoplanner.planning.domain.SeatAssignment;
import org.campcoplanner.planning.format.CampPlan;
import org.campcoplanner.planning.generator.CampGenerator;
import org.campcoplanner.planning.generator.CampSize;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class WeekSearchPhaseTest {

    private static final SolutionManager<Roster, HardMediumSoftLongScore> SCORES =
            SolutionManager.create(SolverFactory.create(RosterSolverConfig.load()));

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void onScarceCampsItFillsAtLeastThePriorityTheConstructionDidAndBreaksNoHardRule(long seed) {
        CampPlan plan = new CampGenerator().scarce(CampSize.S, seed);

        HardMediumSoftLongScore constructed = SCORES.update(solve(plan, false, EnvironmentMode.PHASE_ASSERT));
        HardMediumSoftLongScore searched = SCORES.update(solve(plan, true, EnvironmentMode.FULL_ASSERT));

        assertThat(searched.hardScore()).isZero();
        assertThat(searched.mediumScore()).isGreaterThanOrEqualTo(constructed.mediumScore());
    }

    @Test
    void opensTheSessionsTheConstructionLeavesEmptyOnAScarceMediumCamp() {
        // the exact optimum of this camp leaves 430 priority empty (docs/benchmarks.md); the
        // construction alone leaves 1815
        CampPlan plan = new CampGenerator().scarce(CampSize.M, 1);

        HardMediumSoftLongScore searched = SCORES.update(solve(plan, true, EnvironmentMode.PHASE_ASSERT));

        assertThat(searched.hardScore()).isZero();
        assertThat(-searched.mediumScore()).isLessThan(700);
    }

    @Test
    void keepsPinnedSeatsAsTheyAre() {
        Roster roster = RosterBuilder.build(new CampGenerator().scarce(CampSize.S, 3));
        List<String> pinned = new ArrayList<>();
        for (int i = 0; i < roster.getSeats().size(); i += 3) {
            roster.getSeats().get(i).setPinned(true);
            pinned.add(text(roster.getSeats().get(i)));
        }

        Roster solved = solver(true, EnvironmentMode.FULL_ASSERT).solve(roster);

        assertThat(solved.getSeats().stream().filter(SeatAssignment::isPinned).map(WeekSearchPhaseTest::text))
                .containsExactlyElementsOf(pinned);
        assertThat(SCORES.update(solved).hardScore()).isZero();
    }

    @Test
    void leavesAWeekWithAPublishedRosterAsItIs() {
        CampPlan plan = new CampGenerator().scarce(CampSize.S, 2);
        Roster constructed = solve(plan, false, EnvironmentMode.PHASE_ASSERT);
        Roster draft = copyOf(plan, constructed, false);
        Roster published = copyOf(plan, constructed, true);
        List<String> before = published.getSeats().stream().map(WeekSearchPhaseTest::text).toList();

        Roster draftAfter = SolverFactory.<Roster>create(weeksOnly()).buildSolver().solve(draft);
        Roster publishedAfter = SolverFactory.<Roster>create(weeksOnly()).buildSolver().solve(published);

        assertThat(draftAfter.getSeats().stream().map(WeekSearchPhaseTest::text))
                .as("the same roster, not published, is formed anew").isNotEqualTo(before);
        assertThat(publishedAfter.getSeats().stream().map(WeekSearchPhaseTest::text)).containsExactlyElementsOf(before);
    }

    /** The plan's roster with the seats as in {@code from}, published as they are when {@code published}. */
    private static Roster copyOf(CampPlan plan, Roster from, boolean published) {
        Roster roster = RosterBuilder.build(plan);
        Map<String, SeatAssignment> byId = roster.getSeats().stream()
                .collect(Collectors.toMap(SeatAssignment::getId, Function.identity()));
        Map<String, Person> people = roster.getPeople().stream().collect(Collectors.toMap(Person::id, Function.identity()));
        from.getSeats().forEach(seat -> {
            SeatAssignment same = byId.get(seat.getId());
            Person person = seat.getPerson() == null ? null : people.get(seat.getPerson().id());
            same.setPerson(person);
            if (published) {
                same.setPublishedPerson(person);
            }
        });
        return roster;
    }

    private static Roster solve(CampPlan plan, boolean searchWeeks, EnvironmentMode mode) {
        return solver(searchWeeks, mode).solve(RosterBuilder.build(plan));
    }

    private static ai.timefold.solver.core.api.solver.Solver<Roster> solver(boolean searchWeeks, EnvironmentMode mode) {
        CustomPhaseConfig phases = new CustomPhaseConfig().withCustomPhaseCommandList(searchWeeks
                ? List.of(new StaffSessionsPhase(), new WeekSearchPhase()) : List.of(new StaffSessionsPhase()));
        SolverConfig config = RosterSolverConfig.load().withTerminationConfig(null).withEnvironmentMode(mode)
                .withPhases(phases);
        return SolverFactory.<Roster>create(config).buildSolver();
    }

    private static SolverConfig weeksOnly() {
        return RosterSolverConfig.load().withTerminationConfig(null)
                .withPhases(new CustomPhaseConfig().withCustomPhaseCommandList(List.of(new WeekSearchPhase())));
    }

    private static String text(SeatAssignment seat) {
        return seat.getId() + "=" + (seat.getPerson() == null ? "" : seat.getPerson().id());
    }
}
