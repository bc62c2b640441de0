package org.campcoplanner.benchmark;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import org.campcoplanner.planning.domain.Roster;
import org.campcoplanner.planning.format.PersonKind;
import org.campcoplanner.planning.generator.CampGenerator;
import org.campcoplanner.planning.generator.CampSize;
import org.campcoplanner.planning.generator.TightCamp;
import org.campcoplanner.planning.rules.TestCamp;
import org.campcoplanner.planning.solver.RosterBuilder;
import org.campcoplanner.planning.solver.RosterSolverConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.campcoplanner.planning.rules.TestCamp.VSC;
import static org.campcoplanner.planning.rules.TestCamp.seat;
import static org.campcoplanner.planning.rules.TestCamp.sit;

/**
 * Keeps the exact reference honest on every build: small camps whose best roster is known by
 * hand, each checked against Timefold's own score, and a planted roster it must allow.
 */
class ExactRosterTest {

    private static final List<PersonKind> LEADS = List.of(PersonKind.STAFF, PersonKind.LEADER);
    private static SolutionManager<Roster, HardMediumSoftLongScore> score;

    @BeforeAll
    static void scoreLikeTheSolver() {
        score = SolutionManager.create(SolverFactory.create(RosterSolverConfig.load()));
    }

    /**
     * Only Ana can lead. Morning and lunchtime sessions are too close for her to travel between;
     * the morning and the evening one together make a working period of 14 hours, over her 13; and
     * the evening needs Eve, the morning or lunchtime Ben, who gives 3 hours a day. A youth helper
     * never makes a session safe. Best: lunchtime and evening, the morning's 30 + 5 empty.
     */
    @Test
    void safeguardingTravelRestAndHoursLeaveTheMorningEmpty() {
        TestCamp camp = new TestCamp()
                .person("ana", PersonKind.LEADER, p -> p.minRestHours(11))
                .person("ben", PersonKind.VOLUNTEER, p -> p.noCheck().maxHoursPerDay(3))
                .person("eve", PersonKind.VOLUNTEER, p -> p.noCheck().weekly(DayOfWeek.MONDAY, "19:00", "23:30"))
                .person("cal", PersonKind.VOLUNTEER, p -> p.noCheck().youth())
                .session("morning", "2026-07-06T09:00", "2026-07-06T12:00", s -> leadAndHelper(s, 30))
                .session("lunchtime", "2026-07-06T12:15", "2026-07-06T15:15", s -> leadAndHelper(s, 30).at("pool"))
                .session("evening", "2026-07-06T20:00", "2026-07-06T23:00", s -> leadAndHelper(s, 30));

        ExactRoster.Result best = ExactRoster.solve(camp.roster(), Duration.ofSeconds(5), 1);

        assertThat(best.proven()).isTrue();
        assertThat(best.emptyPriority()).isEqualTo(35);
        assertThat(best.roster().getSeats()).filteredOn(s -> s.getSession().id().equals("morning"))
                .allMatch(s -> s.getPerson() == null);
        HardMediumSoftLongScore timefold = score.update(best.roster());
        assertThat(timefold.hardScore()).isZero();
        assertThat(timefold.mediumScore()).isEqualTo(-35);
    }

    /**
     * Ana's 11 hours of rest allow working periods of 13 hours. Sessions at 7, 12 and 20 o'clock
     * are pairwise fine (the first and last are 12 hours apart, two separate periods), but all
     * three chain into one period of 14 hours. Best: leave the cheapest, the evening, empty.
     */
    @Test
    void threeSessionsCanBreakRestThoughNoTwoOfThemDo() {
        TestCamp camp = new TestCamp()
                .person("ana", PersonKind.LEADER, p -> p.minRestHours(11))
                .person("ben", PersonKind.VOLUNTEER, p -> p.noCheck())
                .session("early", "2026-07-06T07:00", "2026-07-06T08:00", s -> leadAndHelper(s, 30))
                .session("noon", "2026-07-06T12:00", "2026-07-06T13:00", s -> leadAndHelper(s, 30))
                .session("evening", "2026-07-06T20:00", "2026-07-06T21:00", s -> leadAndHelper(s, 20));
        Roster allThree = camp.roster();
        for (String session : List.of("early", "noon", "evening")) {
            sit(allThree, seat(allThree, session, "Lead", 1), "ana", seat(allThree, session, "Helper", 1), "ben");
        }
        assertThat(score.update(allThree).hardScore()).isNegative();

        ExactRoster.Result best = ExactRoster.solve(camp.roster(), Duration.ofSeconds(5), 1);

        assertThat(best.proven()).isTrue();
        assertThat(best.emptyPriority()).isEqualTo(25);
        assertThat(best.restChains()).isPositive();
        HardMediumSoftLongScore timefold = score.update(best.roster());
        assertThat(timefold.hardScore()).isZero();
        assertThat(timefold.mediumScore()).isEqualTo(-25);
        assertThat(ExactRoster.emptyPriorityIfAllowed(allThree)).isEqualTo(-1);
    }

    @Test
    void allowsThePlantedRosterOfATightCampAndFindsItsFullRoster() {
        TightCamp tight = new CampGenerator().tight(CampSize.S, 2026L);

        assertThat(ExactRoster.emptyPriorityIfAllowed(RosterBuilder.build(tight.withPlantedRoster()))).isZero();
        ExactRoster.Result best = ExactRoster.solve(RosterBuilder.build(tight.plan()), Duration.ofSeconds(10), 1);
        assertThat(best.emptyPriority()).isZero();
        assertThat(score.update(best.roster()).hardScore()).isZero();
    }

    private static TestCamp.SessionSpec leadAndHelper(TestCamp.SessionSpec session, int leadPriority) {
        return session.seat("Lead", List.of(VSC), LEADS, leadPriority).seat("Helper", null, null, 5);
    }
}
