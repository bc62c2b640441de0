package org.campcoplanner.planning.generator;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import org.campcoplanner.planning.domain.Person;
import org.campcoplanner.planning.domain.Roster;
import org.campcoplanner.planning.domain.Session;
import org.campcoplanner.planning.format.CampPlan;
import org.campcoplanner.planning.format.PersonKind;
import org.campcoplanner.planning.format.PlanReader;
import org.campcoplanner.planning.format.PlanWriter;
import org.campcoplanner.planning.solver.RosterBuilder;
import org.campcoplanner.planning.solver.RosterSolverConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class TightAndScarceCampsTest {

    private static SolutionManager<Roster, HardMediumSoftLongScore> score;

    private final CampGenerator generator = new CampGenerator();
    private final PlanWriter writer = new PlanWriter();
    private final PlanReader reader = new PlanReader();

    @BeforeAll
    static void scoreLikeTheSolver() {
        score = SolutionManager.create(SolverFactory.create(RosterSolverConfig.load()));
    }

    static Stream<Arguments> tightSizesAndSeeds() {
        return Stream.of(Arguments.of(CampSize.S, 2026L), Arguments.of(CampSize.S, 4L), Arguments.of(CampSize.S, 43L),
                Arguments.of(CampSize.M, 2026L), Arguments.of(CampSize.M, 7L), Arguments.of(CampSize.L, 2026L),
                Arguments.of(CampSize.XL, 2026L));
    }

    @ParameterizedTest
    @MethodSource("tightSizesAndSeeds")
    void theTightCampsPlantedRosterFillsEverySeatWithoutBreakingAHardRule(CampSize size, long seed) {
        TightCamp tight = generator.tight(size, seed);
        Roster planted = RosterBuilder.build(tight.withPlantedRoster());

        HardMediumSoftLongScore plantedScore = score.update(planted);

        assertThat(planted.filledSeats()).isEqualTo(planted.getSeats().size());
        assertThat(plantedScore.hardScore()).isZero();
        assertThat(plantedScore.mediumScore()).isZero();
        assertThat(tight.plan().assignments()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("tightSizesAndSeeds")
    void limitsSitJustAboveThePlantedLoadAndAvailabilityOnlyNarrows(CampSize size, long seed) {
        CampPlan camp = generator.generate(size, seed);
        TightCamp tight = generator.tight(size, seed);
        Roster before = RosterBuilder.build(camp);
        Roster planted = RosterBuilder.build(tight.withPlantedRoster());
        Map<String, Load> loads = loads(planted);

        assertThat(tight.plan().sessions()).isEqualTo(camp.sessions());
        assertThat(tight.plan().people()).extracting(CampPlan.Person::id)
                .startsWith(camp.people().stream().map(CampPlan.Person::id).toArray(String[]::new));
        assertThat(tight.plan().people()).filteredOn(person -> loads.containsKey(person.id())).allSatisfy(person -> {
            Load load = loads.get(person.id());
            assertThat(person.maxHoursPerDay() * 60).isLessThan(load.mostInADay() + 60);
            assertThat(person.maxHoursPerWeek() * 60).isLessThan(load.mostInAWeek() * 1.2 + 60);
        });
        for (int i = 0; i < camp.people().size(); i++) {
            Person was = before.getPeople().get(i);
            Person is = planted.getPeople().get(i);
            assertThat(planted.getSessions()).filteredOn(is::isAvailableFor)
                    .allMatch(session -> was.isAvailableFor(before.getSessions().get(session.index())));
        }
    }

    @Test
    void mostPeopleCanTakeFewerSessionsThanBeforeTheirCampWasTightened() {
        Roster before = RosterBuilder.build(generator.generate(CampSize.M, 2026L));
        Roster tight = RosterBuilder.build(generator.tight(CampSize.M, 2026L).plan());

        long narrowed = before.getPeople().stream().filter(person -> available(tight, person.id())
                < available(before, person.id())).count();

        assertThat(narrowed).isGreaterThan(before.getPeople().size() / 2);
    }

    @ParameterizedTest
    @EnumSource(value = CampSize.class, names = {"S", "M", "L"})
    void aScarceCampKeepsItsStaffAndFortyPercentOfItsResidents(CampSize size) {
        CampPlan tight = generator.tight(size, 2026L).plan();
        CampPlan scarce = generator.scarce(size, 2026L);

        assertThat(scarce.people()).filteredOn(person -> person.kind() == PersonKind.STAFF)
                .isEqualTo(tight.people().stream().filter(person -> person.kind() == PersonKind.STAFF).toList());
        long residents = tight.people().stream().filter(person -> person.kind().isResident()).count();
        assertThat(scarce.people().stream().filter(person -> person.kind().isResident()).count())
                .isBetween(Math.round(residents * 0.4) - 1, Math.round(residents * 0.4) + 1);
        assertThat(tight.people()).containsAll(scarce.people());
        assertThat(scarce.sessions()).isEqualTo(tight.sessions());
        assertThat(scarce.assignments()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = CampSize.class, names = {"S", "M"})
    void theSameSeedGivesTheSameTightAndScarceCampsAndAnotherSeedOthers(CampSize size) {
        TightCamp tight = generator.tight(size, 42L);
        String scarce = writer.write(generator.scarce(size, 42L));

        assertThat(writer.write(new CampGenerator().tight(size, 42L).withPlantedRoster()))
                .isEqualTo(writer.write(tight.withPlantedRoster()));
        assertThat(writer.write(new CampGenerator().scarce(size, 42L))).isEqualTo(scarce);
        assertThat(writer.write(generator.tight(size, 43L).withPlantedRoster()))
                .isNotEqualTo(writer.write(tight.withPlantedRoster()));
        assertThat(writer.write(generator.scarce(size, 43L))).isNotEqualTo(scarce);
    }

    @ParameterizedTest
    @MethodSource("tightSizesAndSeeds")
    void tightAndScarceCampsPassThePlanFormatsValidation(CampSize size, long seed) {
        CampPlan tight = generator.tight(size, seed).withPlantedRoster();
        CampPlan scarce = generator.scarce(size, seed);

        assertThat(reader.read(writer.write(tight))).isEqualTo(tight);
        assertThat(reader.read(writer.write(scarce))).isEqualTo(scarce);
    }

    private record Load(int mostInADay, int mostInAWeek) {
    }

    private static Map<String, Load> loads(Roster planted) {
        Map<String, Map<Integer, Integer>> byDay = new HashMap<>();
        Map<String, Map<Integer, Integer>> byWeek = new HashMap<>();
        planted.getSeats().stream().filter(seat -> seat.getPerson() != null).forEach(seat -> {
            Session session = seat.getSession();
            byDay.computeIfAbsent(seat.getPerson().id(), id -> new HashMap<>())
                    .merge(session.day(), session.durationMinutes(), Integer::sum);
            byWeek.computeIfAbsent(seat.getPerson().id(), id -> new HashMap<>())
                    .merge(session.week(), session.durationMinutes(), Integer::sum);
        });
        Map<String, Load> loads = new HashMap<>();
        byDay.forEach((id, days) -> loads.put(id, new Load(most(days), most(byWeek.get(id)))));
        return loads;
    }

    private static int most(Map<Integer, Integer> minutes) {
        return minutes.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    private static long available(Roster roster, String personId) {
        Person person = roster.getPeople().stream().filter(p -> Objects.equals(p.id(), personId)).findFirst()
                .orElseThrow();
        return roster.getSessions().stream().filter(person::isAvailableFor).count();
    }
}
