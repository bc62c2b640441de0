package org.campcoplanner.planning.solver;

import org.campcoplanner.planning.domain.Person;
import org.campcoplanner.planning.domain.SeatAssignment;
import org.campcoplanner.planning.domain.Session;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Which of a person's shifts stand in the way of another session, for moves that have someone
 * take a seat they are not free for (rules 2 and 6, as their {@link Workload} tells): shifts that
 * overlap the session go first; then, where leaving one shift would do, the one that costs least,
 * so that a helper's seat goes before the lead of a camp-out; otherwise the nearest in time, as
 * the rest rule wants the neighbouring shifts gone. Pinned shifts are never left.
 */
final class ShiftsInTheWay {

    private final RosterState state;

    ShiftsInTheWay(RosterState state) {
        this.state = state;
    }

    /** Who could take a seat: people free for it, and people with shifts in the way of it. */
    record Takers(List<Person> free, List<Person> busy) {
    }

    /**
     * The people who could take the seat and are not in its session yet, free or with shifts in the
     * way; of those who already moved in the move being laid out ({@code moved}), only the free, so
     * that nobody is moved twice from shifts they were given.
     */
    Takers takersOf(SeatAssignment seat, List<Person> moved) {
        Session session = seat.getSession();
        List<Person> free = new ArrayList<>();
        List<Person> busy = new ArrayList<>();
        for (Person candidate : seat.getEligiblePeople()) {
            Workload workload = state.workloads().get(candidate);
            if (workload.sessions().contains(session)) {
                continue;
            }
            if (workload.canAlsoWork(session)) {
                free.add(candidate);
            } else if (!moved.contains(candidate)) {
                busy.add(candidate);
            }
        }
        return new Takers(free, busy);
    }

    /**
     * Takes the person off their shifts that stand in the way of the session, and counts the
     * session in their workload, until {@code undo} runs; false, with nothing changed, when even
     * that leaves no room. The seats they leave are added to {@code vacated}.
     */
    boolean makeRoom(Person person, Session wanted, List<SeatAssignment> vacated, List<Runnable> undo) {
        Workload workload = state.workloads().get(person);
        List<Session> inTheWay = leave(person, wanted);
        if (inTheWay == null) {
            return false;
        }
        inTheWay.forEach(session -> {
            undo.add(() -> workload.add(session));
            state.seatsOf(session).stream().filter(seat -> seat.getPerson() == person).forEach(vacated::add);
        });
        workload.add(wanted);
        undo.add(() -> workload.remove(wanted));
        return true;
    }

    /**
     * Takes the person's shifts that stand in the way of the session out of their workload, and
     * gives them; null, with the workload as it was, when even leaving them all leaves no room.
     */
    List<Session> leave(Person person, Session wanted) {
        Workload workload = state.workloads().get(person);
        List<Session> inTheWay = new ArrayList<>();
        while (!workload.canAlsoWork(wanted)) {
            Session leaving = next(person, wanted, workload);
            if (leaving == null) {
                inTheWay.forEach(workload::add);
                return null;
            }
            workload.remove(leaving);
            inTheWay.add(leaving);
        }
        return inTheWay;
    }

    /** The next of the person's shifts to leave for the session, or null when none is left to leave. */
    private Session next(Person person, Session wanted, Workload workload) {
        List<Session> leavable = workload.sessions().stream().filter(session -> !pinnedIn(session, person)).toList();
        for (Session session : leavable) {
            if (session.conflictsWith(wanted)) {
                return session;
            }
        }
        Session cheapest = null;
        int cheapestCost = Integer.MAX_VALUE;
        for (Session session : leavable) {
            workload.remove(session);
            boolean enough = workload.canAlsoWork(wanted);
            workload.add(session);
            int cost = enough ? leavingCost(person, session) : Integer.MAX_VALUE;
            if (cost < cheapestCost) {
                cheapest = session;
                cheapestCost = cost;
            }
        }
        if (cheapest != null) {
            return cheapest;
        }
        return leavable.stream()
                .min(Comparator.comparingLong(session -> Math.abs(session.startMinute() - wanted.startMinute())))
                .orElse(null);
    }

    /**
     * The priority the person's seats in the session would leave empty, and that of the whole
     * session where it would not stay safe without them.
     */
    private int leavingCost(Person person, Session session) {
        List<SeatAssignment> theirs = state.seatsOf(session).stream().filter(seat -> seat.getPerson() == person)
                .toList();
        if (new SessionStaffing(session, state.seatsOf(session), state.workloads(), null).isSafe(theirs, List.of())) {
            return theirs.stream().mapToInt(SeatAssignment::getPriority).sum();
        }
        return state.seatsOf(session).stream().filter(seat -> seat.getPerson() != null)
                .mapToInt(SeatAssignment::getPriority).sum();
    }

    private boolean pinnedIn(Session session, Person person) {
        return state.seatsOf(session).stream().anyMatch(seat -> seat.isPinned() && seat.getPerson() == person);
    }
}
