package org.campcoplanner.planning.generator;

import org.campcoplanner.planning.format.CampPlan;
import org.campcoplanner.planning.format.CampPlan.Credential;
import org.campcoplanner.planning.format.CampPlan.Interval;
import org.campcoplanner.planning.format.CampPlan.Person;
import org.campcoplanner.planning.format.CampPlan.SeatGroup;
import org.campcoplanner.planning.format.CampPlan.Session;
import org.campcoplanner.planning.format.CampPlan.Site;
import org.campcoplanner.planning.format.CampPlan.WeeklyWindow;
import org.campcoplanner.planning.format.PersonKind;
import org.campcoplanner.planning.format.PlanReader;
import org.campcoplanner.planning.format.PlanWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class CampGeneratorTest {

    /** The seed of the demo camp every new user sees. */
    private static final long DEMO_SEED = 2026L;
    private static final List<Long> SEEDS = List.of(DEMO_SEED, 1L, 7L);

    private final CampGenerator generator = new CampGenerator();
    private final PlanWriter writer = new PlanWriter();
    private final PlanReader reader = new PlanReader();

    static Stream<Arguments> everySizeAndSeed() {
        return Stream.of(CampSize.values()).flatMap(size -> SEEDS.stream().map(seed -> Arguments.of(size, seed)));
    }

    @ParameterizedTest
    @MethodSource("everySizeAndSeed")
    void theWrittenPlanIsReadBackWithoutProblems(CampSize size, long seed) {
        CampPlan plan = generator.generate(size, seed);

        assertThat(reader.read(writer.write(plan))).isEqualTo(plan);
        assertThat(plan.assignments()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(CampSize.class)
    void theSameSeedGivesTheSamePlanAndAnotherSeedAnother(CampSize size) {
        String plan = writer.write(generator.generate(size, 42L));

        assertThat(writer.write(new CampGenerator().generate(size, 42L))).isEqualTo(plan);
        assertThat(writer.write(generator.generate(size, 43L))).isNotEqualTo(plan);
    }

    @ParameterizedTest
    @MethodSource("everySizeAndSeed")
    void eachSizeHasItsWeeksSitesSessionsSeatsAndPeople(CampSize size, long seed) {
        CampPlan plan = generator.generate(size, seed);
        Range expected = switch (size) {
            case DEMO -> new Range(6, 3, 70, 100, 240, 340, 55, 65);
            case S -> new Range(1, 3, 10, 20, 35, 70, 22, 28);
            case M -> new Range(8, 3, 180, 220, 600, 700, 110, 130);
            case L -> new Range(12, 5, 500, 560, 1750, 2050, 380, 420);
            case XL -> new Range(12, 8, 800, 880, 3000, 3300, 880, 920);
        };

        assertThat(weeks(plan)).isEqualTo(expected.weeks());
        assertThat(plan.sites()).hasSize(expected.sites());
        assertThat(plan.sessions()).hasSizeBetween(expected.leastSessions(), expected.mostSessions());
        assertThat(seats(plan)).isBetween(expected.leastSeats(), expected.mostSeats());
        assertThat(plan.people()).hasSizeBetween(expected.leastPeople(), expected.mostPeople());
    }

    @ParameterizedTest
    @MethodSource("everySizeAndSeed")
    void everySizeHasTheHardPartsOfARealCamp(CampSize size, long seed) {
        CampPlan plan = generator.generate(size, seed);
        LocalDate start = plan.camp().startDate();
        LocalDate end = plan.camp().endDate();

        assertThat(plan.sessions()).anyMatch(s -> isWeekday(s.start()) && s.start().getHour() < 17)
                .anyMatch(s -> isWeekday(s.start()) && s.start().getHour() >= 17 && !endsNextDay(s))
                .anyMatch(s -> s.start().getDayOfWeek() == DayOfWeek.SATURDAY)
                .anyMatch(CampGeneratorTest::endsNextDay)
                .anyMatch(s -> "swim".equals(s.activity()) && hasRole(s, "Lifeguard"));
        assertThat(plan.people()).extracting(Person::kind).contains(PersonKind.values());
        assertThat(plan.people()).anyMatch(p -> Boolean.TRUE.equals(p.youth()) && p.kind() == PersonKind.VOLUNTEER)
                .anyMatch(p -> credentials(p).stream().anyMatch(c -> expiresDuring(c, start, end)))
                .anyMatch(p -> unavailable(p).stream().anyMatch(away -> lastsDays(away) >= 2))
                .anyMatch(p -> weekly(p).stream().anyMatch(w -> !w.to().isAfter(w.from())))
                .anyMatch(p -> p.availability() != null && !p.availability().dates().isEmpty());
    }

    @Test
    void theDemoCampIsSixWeeksInGuelphWithEveningsSaturdaysAndCampOuts() {
        CampPlan demo = generator.generate(CampSize.DEMO, DEMO_SEED);

        assertThat(demo.camp().startDate()).isEqualTo(LocalDate.of(2026, 7, 6));
        assertThat(demo.camp().endDate()).isEqualTo(LocalDate.of(2026, 8, 16));
        assertThat(demo.camp().timeZone()).isEqualTo("America/Toronto");
        assertThat(demo.camp().rules().childrenPerAdult())
                .isEqualTo(Map.of("4-5", 6, "6-8", 8, "9-12", 10, "default", 8));
        assertThat(demo.sites()).extracting(Site::name)
                .containsExactly("Exhibition Park", "Brant Community Centre", "Victoria Road Pool");
        assertThat(demo.sites()).allMatch(site -> site.address().endsWith("Guelph, Ontario"));
        assertThat(demo.sessions())
                .anyMatch(s -> s.start().getDayOfWeek() == DayOfWeek.TUESDAY && s.start().getHour() == 18)
                .anyMatch(s -> s.start().getDayOfWeek() == DayOfWeek.THURSDAY && s.start().getHour() == 18)
                .anyMatch(s -> s.start().getDayOfWeek() == DayOfWeek.SATURDAY
                        && s.start().toLocalTime().equals(LocalTime.of(10, 0)) && "trip".equals(s.activity()))
                .anyMatch(s -> s.series() != null && s.series().equals("Tuesday evening sports"));
        assertThat(demo.sessions()).extracting(Session::ageGroup).contains("4-5", "6-8", "9-12");
    }

    @Test
    void theDemoCampOutRunsFromFridayEveningToSaturdayMorningWithMoreSeats() {
        CampPlan demo = generator.generate(CampSize.DEMO, DEMO_SEED);

        List<Session> campOuts = demo.sessions().stream().filter(s -> "camp-out".equals(s.activity())).toList();
        assertThat(campOuts).hasSizeBetween(3, 6).allSatisfy(campOut -> {
            assertThat(campOut.start().getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
            assertThat(campOut.start().toLocalTime()).isEqualTo(LocalTime.of(19, 0));
            assertThat(campOut.end()).isEqualTo(campOut.start().toLocalDate().plusDays(1).atTime(9, 0));
            assertThat(seats(campOut)).isGreaterThanOrEqualTo(5);
        });
    }

    @Test
    void theDemoPeopleAreStaffLeadersAndVolunteersWithRealisticDetails() {
        List<Person> people = generator.generate(CampSize.DEMO, DEMO_SEED).people();

        assertThat(people.stream().filter(p -> p.kind() == PersonKind.STAFF).count()).isBetween(8L, 12L);
        assertThat(people.stream().filter(p -> p.kind() == PersonKind.LEADER).count()).isBetween(8L, 12L);
        assertThat(people.stream().filter(p -> p.kind() == PersonKind.VOLUNTEER).count()).isBetween(35L, 45L);
        assertThat(people).allMatch(p -> p.email().matches("[a-z-]+\\.[a-z-]+\\d*@example\\.org"))
                .allMatch(p -> p.phone().matches("519-555-\\d{4}"))
                .allMatch(p -> !p.likes().isEmpty() && p.likes().stream().noneMatch(p.dislikes()::contains));
        assertThat(people).extracting(Person::name).doesNotHaveDuplicates();
        assertThat(people).filteredOn(p -> p.kind() == PersonKind.STAFF)
                .allMatch(p -> Double.valueOf(11).equals(p.minRestHours()) && p.maxHoursOutsideStandardPerWeek() != null)
                .allMatch(p -> credentials(p).stream().anyMatch(c -> c.type().equals("VULNERABLE_SECTOR_CHECK")));
        assertThat(people).filteredOn(p -> p.kind() != PersonKind.STAFF)
                .allMatch(p -> p.pledgedHoursPerWeek() != null && p.pledgedHoursPerWeek() <= p.maxHoursPerWeek());
        assertThat(people).flatExtracting(CampGeneratorTest::credentials).extracting(Credential::type)
                .contains("FIRST_AID", "VULNERABLE_SECTOR_CHECK", "LIFEGUARD");
        assertThat(people).anyMatch(p -> unavailable(p).stream().anyMatch(away -> lastsDays(away) == 7));
    }

    @ParameterizedTest
    @MethodSource("everySizeAndSeed")
    void everySessionCouldBeStaffedOnItsOwn(CampSize size, long seed) {
        CampPlan plan = generator.generate(size, seed);
        SessionStaffing staffing = new SessionStaffing(plan);

        assertThat(plan.sessions()).map(staffing::problem).allMatch(String::isEmpty);
    }

    @ParameterizedTest
    @MethodSource("everySizeAndSeed")
    void seatsFollowTheCampRules(CampSize size, long seed) {
        CampPlan plan = generator.generate(size, seed);

        assertThat(plan.sessions()).allSatisfy(session -> {
            SeatGroup lead = session.seats().get(0);
            assertThat(lead.role()).isEqualTo("Lead");
            assertThat(lead.kinds()).containsExactly(PersonKind.STAFF, PersonKind.LEADER);
            assertThat(lead.requires()).containsExactly("VULNERABLE_SECTOR_CHECK");
            assertThat(hasRole(session, "First aider")).isTrue();
            assertThat(hasRole(session, "Lifeguard")).isEqualTo("swim".equals(session.activity()));
            assertThat(session.seats()).extracting(SeatGroup::role).doesNotHaveDuplicates();
        });
    }

    private record Range(int weeks, int sites, int leastSessions, int mostSessions, int leastSeats, int mostSeats,
                         int leastPeople, int mostPeople) {
    }

    private static long weeks(CampPlan plan) {
        return (plan.camp().endDate().toEpochDay() - plan.camp().startDate().toEpochDay() + 1) / 7;
    }

    private static int seats(CampPlan plan) {
        return plan.sessions().stream().mapToInt(CampGeneratorTest::seats).sum();
    }

    private static int seats(Session session) {
        return session.seats().stream().mapToInt(group -> group.count() == null ? 1 : group.count()).sum();
    }

    private static boolean hasRole(Session session, String role) {
        return session.seats().stream().anyMatch(group -> group.role().equals(role));
    }

    private static boolean isWeekday(LocalDateTime start) {
        return start.getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue();
    }

    private static boolean endsNextDay(Session session) {
        return session.end().toLocalDate().isAfter(session.start().toLocalDate());
    }

    private static boolean expiresDuring(Credential credential, LocalDate start, LocalDate end) {
        return credential.validUntil() != null && credential.validUntil().isAfter(start)
                && credential.validUntil().isBefore(end);
    }

    private static long lastsDays(Interval interval) {
        return Duration.between(interval.start(), interval.end()).toDays();
    }

    private static List<Credential> credentials(Person person) {
        return person.credentials() == null ? List.of() : person.credentials();
    }

    private static List<Interval> unavailable(Person person) {
        return person.availability() == null ? List.of() : person.availability().unavailable();
    }

    private static List<WeeklyWindow> weekly(Person person) {
        return person.availability() == null ? List.of() : person.availability().weekly();
    }
}
