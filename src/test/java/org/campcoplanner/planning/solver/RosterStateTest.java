package org.campcoplanner.planning.solver;

import org.campcoplanner.planning.domain.Person;
import org.campcoplanner.planning.domain.Roster;
import org.campcoplanner.planning.domain.SeatAssignment;
import org.campcoplanner.planning.domain.Session;
import org.campcoplanner.planning.generator.CampGenerator;
import org.campcoplanner.planning.generator.CampSize;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class RosterStateTest {

    @Test
    void aLayoutCaughtUpWithChangesMadeElsewhereKnowsWhatALayoutMadeAfreshKnows() {
        Roster roster = RosterBuilder.build(new CampGenerator().tight(CampSize.S, 3).withPlantedRoster());
        Random random = new Random(5);
        List<SeatAssignment> seats = roster.getSeats();
        seats.stream().filter(seat -> random.nextInt(5) == 0).forEach(seat -> seat.setPinned(true));
        RosterState followed = new RosterState(roster);

        for (int step = 0; step < 200; step++) {
            for (int change = 0; change < 1 + random.nextInt(4); change++) {
                SeatAssignment seat = seats.get(random.nextInt(seats.size()));
                List<Person> eligible = seat.getEligiblePeople();
                seat.setPerson(random.nextInt(4) == 0 || eligible.isEmpty() ? null
                        : eligible.get(random.nextInt(eligible.size())));
            }
            followed.catchUp();

            assertSameWorkloads(followed, new RosterState(roster));
        }
    }

    @Test
    void aChangeRecordedBeforeItIsMadeIsNotCountedTwice() {
        Roster roster = RosterBuilder.build(new CampGenerator().tight(CampSize.S, 3).withPlantedRoster());
        RosterState state = new RosterState(roster);
        SeatAssignment seat = roster.getSeats().stream().filter(s -> s.getPerson() != null).findFirst().orElseThrow();

        state.assign(seat, null);
        seat.setPerson(null);
        state.catchUp();

        assertSameWorkloads(state, new RosterState(roster));
    }

    private static void assertSameWorkloads(RosterState actual, RosterState expected) {
        for (var entry : expected.workloads().entrySet()) {
            Workload mine = actual.workloads().get(entry.getKey());
            assertThat(mine.sessions()).containsExactlyInAnyOrderElementsOf(entry.getValue().sessions());
            assertThat(mine.mostMinutesInADay()).isEqualTo(entry.getValue().mostMinutesInADay());
            assertThat(mine.mostMinutesInAWeek()).isEqualTo(entry.getValue().mostMinutesInAWeek());
            assertThat(mine.mostMinutesOutsideStandardInAWeek())
                    .isEqualTo(entry.getValue().mostMinutesOutsideStandardInAWeek());
        }
        assertThat(actual.sessionsWithOpenEmptySeats()).isEqualTo(expected.sessionsWithOpenEmptySeats());
        assertThat(actual.sessionsWithOpenFilledSeats()).isEqualTo(expected.sessionsWithOpenFilledSeats());
        for (Session session : expected.sessions()) {
            assertThat(actual.seatsOf(session)).isEqualTo(expected.seatsOf(session));
        }
    }
}
