package org.campcoplanner.benchmark;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import org.campcoplanner.planning.domain.Roster;
import org.campcoplanner.planning.domain.Session;
import org.campcoplanner.planning.format.PersonKind;
import org.campcoplanner.planning.rules.TestCamp;
import org.campcoplanner.planning.solver.RosterSolverConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.campcoplanner.planning.rules.TestCamp.seat;
import static org.campcoplanner.planning.rules.TestCamp.sit;

/**
 * The rest chains forbid exactly what Timefold's rest rule penalises: on random days of sessions
 * (eight of an hour to fourteen, over three days), a set of them that one person works breaks rule 6's
 * rest in Timefold's score if and only if it contains a whole chain.
 */
class TooLongWorkingPeriodsTest {

    private static final int CAMPS = 15;
    private static final int ROSTERS_PER_CAMP = 20;
    private static final int SESSIONS = 8;
    private static final LocalDateTime MONDAY = LocalDateTime.of(2026, 7, 6, 0, 0);

    private static SolutionManager<Roster, HardMediumSoftLongScore> score;

    @BeforeAll
    static void scoreLikeTheSolver() {
        score = SolutionManager.create(SolverFactory.create(RosterSolverConfig.load()));
    }

    @Test
    void aWorkedSetBreaksRestExactlyWhenItHoldsAWholeChain() {
        Random random = new Random(2026);
        int breaches = 0;
        for (int c = 0; c < CAMPS; c++) {
            TestCamp camp = new TestCamp()
                    .person("ana", PersonKind.STAFF, p -> p.minRestHours(11))
                    .person("ben", PersonKind.VOLUNTEER);
            for (int s = 0; s < SESSIONS; s++) {
                LocalDateTime start = MONDAY.plusMinutes(30L * random.nextInt(3 * 48));
                LocalDateTime end = start.plusMinutes(60 + 30L * random.nextInt(27));
                camp.session("s" + s, start.toString(), end.toString(), session -> session.seat("Helper", 2));
            }
            List<Session> sessions = camp.roster().getSessions();
            List<List<Session>> chains = TooLongWorkingPeriods.of(sessions, 11 * 60);
            for (int r = 0; r < ROSTERS_PER_CAMP; r++) {
                List<Session> worked = someThatDoNotOverlap(sessions, random);
                Roster roster = camp.roster();
                for (Session session : worked) {
                    sit(roster, seat(roster, session.id(), 1), "ana", seat(roster, session.id(), 2), "ben");
                }
                boolean breaksRest = score.update(roster).hardScore() < 0;
                boolean holdsAChain = chains.stream().anyMatch(chain -> worked.stream().map(Session::id).toList()
                        .containsAll(chain.stream().map(Session::id).toList()));

                assertThat(holdsAChain).as("ana works %s", worked).isEqualTo(breaksRest);
                breaches += breaksRest ? 1 : 0;
            }
        }
        // both answers must come up often, or the comparison proves little
        assertThat(breaches).isBetween(CAMPS * ROSTERS_PER_CAMP / 5, CAMPS * ROSTERS_PER_CAMP * 4 / 5);
    }

    /** Overlapping sessions break rule 2 instead, which the chains leave to the model's other constraints. */
    private static List<Session> someThatDoNotOverlap(List<Session> sessions, Random random) {
        List<Session> worked = new ArrayList<>();
        for (Session session : sessions) {
            if (random.nextBoolean() && worked.stream().noneMatch(session::conflictsWith)) {
                worked.add(session);
            }
        }
        return worked;
    }
}
