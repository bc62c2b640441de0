package org.campcoplanner.impact;

import org.campcoplanner.credits.AttendedShift;
import org.campcoplanner.credits.SpentEntry;
import org.campcoplanner.impact.ImpactInputs.Participant;
import org.campcoplanner.planning.format.CampPlan;
import org.campcoplanner.reflections.ReflectionFact;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fixture camp whose figures were counted by hand: two weeks (6 to 19 July 2026), four sessions in
 * them, one before and one after, and "now" the morning after the last one started.
 */
class ImpactCalculatorTest {

    private static final LocalDate FROM = LocalDate.of(2026, 7, 6);
    private static final LocalDate TO = LocalDate.of(2026, 7, 19);
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 7, 20, 12, 0);

    private static final long ANN = 1; // youth volunteer
    private static final long BEN = 2; // leader, whose earlier self came only after he first came here
    private static final long SAM = 3; // staff
    private static final long CARA = 4; // volunteer who took part in a camp the year before
    private static final long DAN = 5; // volunteer, rostered once and not checked in

    private final List<AttendedShift> attendance = new ArrayList<>();

    @Test
    void theFiguresAreTheHandCountedOnes() {
        ImpactFigures f = ImpactCalculator.figures(fixture(), FROM, TO);

        assertThat(f.residentHours()).as("Ann 3 + 8, Cara 3, Ben 8 + 3").isEqualTo(25);
        assertThat(f.staffHours()).as("Sam 3 + 3").isEqualTo(6);
        assertThat(f.residents()).as("Ann, Ben, Cara; Dan never came").isEqualTo(3);
        assertThat(f.returningResidents()).as("Cara").isEqualTo(1);
        assertThat(f.newResidents()).as("Ann, and Ben whose earlier self came later").isEqualTo(2);
        assertThat(f.sessionsHeld()).as("the overnight session has not ended").isEqualTo(3);
        assertThat(f.sessionsJoint()).as("Monday sessions had Sam; Wednesday had residents only").isEqualTo(2);
        assertThat(f.jointPercent()).isEqualTo(67);
        assertThat(f.youthTookPart()).isEqualTo(1);
        assertThat(f.youthHours()).isEqualTo(11);
        assertThat(f.youthReachedForty()).as("Ann's 35 hours on 1 July and 11 in the period").isEqualTo(1);
        assertThat(f.creditsEarned()).isEqualTo(31);
        assertThat(f.creditsSpent()).as("Ann's 5; Ben's 2 were spent in June").isEqualTo(5);
        assertThat(f.seatsFilled()).isEqualTo(9);
        assertThat(f.seatsEmpty()).isEqualTo(1);
        assertThat(f.noShows()).as("Dan on the 13th; Ann's overnight session is not over").isEqualTo(1);
        assertThat(f.ratings()).containsExactly(0, 0, 1, 0, 1);
        assertThat(f.quotes()).containsExactly("The twins taught the others to skip rope.");
        assertThat(f.weeks()).containsExactly(
                new WeekFigures(LocalDate.of(2026, 7, 6), 22, 3, 5, 1),
                new WeekFigures(LocalDate.of(2026, 7, 13), 3, 3, 4, 0));
    }

    @Test
    void aYouthBelowFortyHoursByTheLastDayIsNotCounted() {
        ImpactFigures f = ImpactCalculator.figures(fixture(), FROM, LocalDate.of(2026, 7, 7));

        assertThat(f.youthHours()).as("only Monday's 3 hours fall in the shorter period").isEqualTo(3);
        assertThat(f.youthReachedForty()).as("35 + 3 hours by the 7th").isZero();
    }

    @Test
    void aPeriodWithNothingInItCountsNothing() {
        ImpactFigures f = ImpactCalculator.figures(fixture(), LocalDate.of(2026, 8, 1), LocalDate.of(2026, 8, 31));

        assertThat(f.residentHours() + f.staffHours()).isZero();
        assertThat(f.sessionsHeld()).isZero();
        assertThat(f.jointPercent()).isZero();
        assertThat(f.weeks()).isEmpty();
        assertThat(f.reflections()).isZero();
    }

    private ImpactInputs fixture() {
        List<CampPlan.Session> sessions = List.of(
                session("s0", LocalDateTime.of(2026, 7, 1, 8, 0), 35 * 60),
                session("s1", LocalDateTime.of(2026, 7, 6, 9, 0), 3 * 60),
                session("s2", LocalDateTime.of(2026, 7, 8, 9, 0), 8 * 60),
                session("s3", LocalDateTime.of(2026, 7, 13, 18, 0), 3 * 60),
                session("s4", LocalDateTime.of(2026, 7, 19, 20, 0), 18 * 60),
                session("s5", LocalDateTime.of(2026, 7, 25, 9, 0), 3 * 60));
        List<CampPlan.Assignment> seats = List.of(
                seat("s0", 0, "ann"),
                seat("s1", 0, "ann"), seat("s1", 1, "sam"), seat("s1", 2, "cara"),
                seat("s2", 0, "ann"), seat("s2", 1, "ben"), seat("s2", 2, null),
                seat("s3", 0, "ben"), seat("s3", 1, "sam"), seat("s3", 2, "dan"),
                seat("s4", 0, "ann"),
                seat("s5", 0, "ann"));
        came(ANN, sessions.get(0));
        came(ANN, sessions.get(1));
        came(SAM, sessions.get(1));
        came(CARA, sessions.get(1));
        came(ANN, sessions.get(2));
        came(BEN, sessions.get(2));
        came(BEN, sessions.get(3));
        came(SAM, sessions.get(3));
        ZoneId toronto = ZoneId.of("America/Toronto");
        return new ImpactInputs(toronto, NOW,
                Map.of(ANN, new Participant("Ann", true, true), BEN, new Participant("Ben", true, false),
                        SAM, new Participant("Sam", false, false), CARA, new Participant("Cara", true, false),
                        DAN, new Participant("Dan", true, false)),
                Map.of("ann", ANN, "ben", BEN, "sam", SAM, "cara", CARA, "dan", DAN),
                sessions, seats, attendance,
                List.of(new SpentEntry(ANN, 5, "A camp place", Instant.parse("2026-07-10T15:00:00Z")),
                        new SpentEntry(BEN, 2, "Swim passes", Instant.parse("2026-06-01T15:00:00Z"))),
                List.of(new ReflectionFact("s0", sessions.get(0).start(), 1, null),
                        new ReflectionFact("s1", sessions.get(1).start(), 5, "The twins taught the others to skip rope."),
                        new ReflectionFact("s2", sessions.get(2).start(), 3, null)),
                Map.of(CARA, LocalDateTime.of(2025, 7, 1, 9, 0), BEN, LocalDateTime.of(2026, 7, 10, 9, 0)));
    }

    private void came(long person, CampPlan.Session session) {
        attendance.add(new AttendedShift(person, session.id(), session.title(), session.start(), session.end(),
                Duration.between(session.start(), session.end()).toMinutes() / 60.0, "Sam Staff"));
    }

    private static CampPlan.Session session(String id, LocalDateTime start, int minutes) {
        return new CampPlan.Session(id, "Session " + id, null, null, "hall", start, start.plusMinutes(minutes), null, null,
                List.of());
    }

    private static CampPlan.Assignment seat(String session, int index, String person) {
        return new CampPlan.Assignment(session, "helper", index, person, false);
    }
}
