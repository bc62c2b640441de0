package org.campcoplanner.planning.solver;

import org.campcoplanner.planning.domain.Person;
import org.campcoplanner.planning.domain.Roster;
import org.campcoplanner.planning.domain.SeatAssignment;
import org.campcoplanner.planning.domain.Session;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A roster as it stands, laid out for staffing whole sessions: the seats of each session and what each person works. */
final class RosterState {

    private final Map<Session, List<SeatAssignment>> seatsBySession = new LinkedHashMap<>();
    private final Map<Person, Workload> workloads = new HashMap<>();

    RosterState(Roster roster) {
        roster.getPeople().forEach(person -> workloads.put(person, new Workload(person)));
        for (SeatAssignment seat : roster.getSeats()) {
            seatsBySession.computeIfAbsent(seat.getSession(), s -> new ArrayList<>()).add(seat);
            if (seat.getPerson() != null) {
                workloads.get(seat.getPerson()).add(seat.getSession());
            }
        }
    }

    /** Sessions with at least one seat, in the roster's order. */
    List<Session> sessions() {
        return List.copyOf(seatsBySession.keySet());
    }

    List<SeatAssignment> seatsOf(Session session) {
        return seatsBySession.get(session);
    }

    Map<Person, Workload> workloads() {
        return workloads;
    }

    /** Records a change made to the roster, so that later choices see it. */
    void assign(SeatAssignment seat, Person person) {
        if (seat.getPerson() != null) {
            workloads.get(seat.getPerson()).remove(seat.getSession());
        }
        if (person != null) {
            workloads.get(person).add(seat.getSession());
        }
    }
}
