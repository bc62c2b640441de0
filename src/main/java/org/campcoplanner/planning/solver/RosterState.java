package org.campcoplanner.planning.solver;

import org.campcoplanner.planning.domain.Person;
import org.campcoplanner.planning.domain.Roster;
import org.campcoplanner.planning.domain.SeatAssignment;
import org.campcoplanner.planning.domain.Session;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A roster as it stands, laid out for staffing whole sessions: the seats of each session and what
 * each person works. It follows the roster's changes made elsewhere (by local search steps) with
 * {@link #catchUp()}, which costs a look at each seat instead of laying everything out again.
 */
final class RosterState {

    private final Roster roster;
    private final Map<Session, List<SeatAssignment>> seatsBySession = new LinkedHashMap<>();
    private final List<Session> sessions;
    private final Map<Person, Workload> workloads = new HashMap<>();
    private final Map<SeatAssignment, Integer> seatIndex = new IdentityHashMap<>();
    /** Who sits in each seat of the roster's list as far as the workloads know. */
    private final Person[] counted;
    /** Per session, how many of its seats that are not pinned are empty and how many filled. */
    private final Map<Session, int[]> openSeats = new HashMap<>();

    RosterState(Roster roster) {
        this.roster = roster;
        List<SeatAssignment> seats = roster.getSeats();
        this.counted = new Person[seats.size()];
        roster.getPeople().forEach(person -> workloads.put(person, new Workload(person)));
        for (int i = 0; i < seats.size(); i++) {
            SeatAssignment seat = seats.get(i);
            seatIndex.put(seat, i);
            seatsBySession.computeIfAbsent(seat.getSession(), s -> new ArrayList<>()).add(seat);
            openSeats.computeIfAbsent(seat.getSession(), s -> new int[2]);
            if (!seat.isPinned()) {
                openSeats.get(seat.getSession())[0]++;
            }
            count(i, seat.getPerson());
        }
        this.sessions = List.copyOf(seatsBySession.keySet());
    }

    /**
     * The layout of the roster as it stands now: {@code earlier} caught up with the roster's changes
     * since, or a new layout when there is none yet or it is of another roster.
     */
    static RosterState following(RosterState earlier, Roster roster) {
        if (earlier == null || earlier.roster != roster || earlier.counted.length != roster.getSeats().size()) {
            return new RosterState(roster);
        }
        earlier.catchUp();
        return earlier;
    }

    /** Sessions with at least one seat, in the roster's order. */
    List<Session> sessions() {
        return sessions;
    }

    List<SeatAssignment> seatsOf(Session session) {
        return seatsBySession.get(session);
    }

    /** Sessions with a seat that is not pinned and empty, in the roster's order. */
    List<Session> sessionsWithOpenEmptySeats() {
        return sessions.stream().filter(session -> openSeats.get(session)[0] > 0).toList();
    }

    /** Sessions with a seat that is not pinned and has someone in it, in the roster's order. */
    List<Session> sessionsWithOpenFilledSeats() {
        return sessions.stream().filter(session -> openSeats.get(session)[1] > 0).toList();
    }

    Map<Person, Workload> workloads() {
        return workloads;
    }

    /** Whether the session is safe (rule 5) with its seats as {@code changes} have them, its others as they are. */
    boolean staysSafe(Session session, Map<SeatAssignment, Person> changes) {
        List<SeatAssignment> changed = seatsOf(session).stream().filter(changes::containsKey).toList();
        return new SessionStaffing(session, seatsOf(session), workloads, null)
                .isSafe(changed, changed.stream().map(changes::get).filter(Objects::nonNull).toList());
    }

    /**
     * Whether the session would have people but not be safe (rule 5) with its seats as
     * {@code changes} have them; a session without anyone breaks no rule.
     */
    boolean leftUnsafe(Session session, Map<SeatAssignment, Person> changes) {
        return seatsOf(session).stream()
                .anyMatch(seat -> (changes.containsKey(seat) ? changes.get(seat) : seat.getPerson()) != null)
                && !staysSafe(session, changes);
    }

    /** Records a change about to be made to the roster, so that later choices see it. */
    void assign(SeatAssignment seat, Person person) {
        count(seatIndex.get(seat), person);
    }

    /** Counts what changed in the roster since this layout last looked at it. */
    void catchUp() {
        List<SeatAssignment> seats = roster.getSeats();
        for (int i = 0; i < counted.length; i++) {
            Person now = seats.get(i).getPerson();
            if (now != counted[i]) {
                count(i, now);
            }
        }
    }

    private void count(int index, Person person) {
        SeatAssignment seat = roster.getSeats().get(index);
        Session session = seat.getSession();
        if (counted[index] != null) {
            workloads.get(counted[index]).remove(session);
        }
        if (person != null) {
            workloads.get(person).add(session);
        }
        if (!seat.isPinned() && (counted[index] == null) != (person == null)) {
            int[] open = openSeats.get(session);
            int filled = person == null ? -1 : 1;
            open[0] -= filled;
            open[1] += filled;
        }
        counted[index] = person;
    }
}
