package org.campcoplanner.planning.solver;

import org.campcoplanner.planning.domain.Person;
import org.campcoplanner.planning.domain.Roster;
import org.campcoplanner.planning.domain.SeatAssignment;
import org.campcoplanner.planning.domain.Session;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The comparison point: what a careful person with a spreadsheet would do. Sessions in
 * chronological order, seats in order, each seat to the first listed person who could take it
 * and is still free and within their limits; a session that ends up unsafe is emptied again.
 */
public final class GreedyBaseline {

    private final Map<Person, List<Session>> shifts = new HashMap<>();

    public Roster fill(Roster roster) {
        Map<Session, List<SeatAssignment>> bySession = new LinkedHashMap<>();
        roster.getSeats().stream()
                .sorted(Comparator.comparingLong((SeatAssignment seat) -> seat.getSession().startMinute()))
                .forEach(seat -> bySession.computeIfAbsent(seat.getSession(), s -> new ArrayList<>()).add(seat));
        bySession.forEach(this::fillSession);
        return roster;
    }

    private void fillSession(Session session, List<SeatAssignment> seats) {
        List<SeatAssignment> filled = new ArrayList<>();
        for (SeatAssignment seat : seats) {
            for (Person person : seat.getEligiblePeople()) {
                boolean inSession = seats.stream().anyMatch(other -> other.getPerson() == person);
                if (!inSession && isFree(person, session)) {
                    seat.setPerson(person);
                    shifts.computeIfAbsent(person, p -> new ArrayList<>()).add(session);
                    filled.add(seat);
                    break;
                }
            }
        }
        List<Person> present = seats.stream().map(SeatAssignment::getPerson).filter(Objects::nonNull).toList();
        boolean safe = present.stream().filter(Person::isAdult).count() >= session.adultsNeeded()
                && present.stream().anyMatch(person -> person.isCheckedAdultFor(session));
        if (!safe) {
            for (SeatAssignment seat : filled) {
                shifts.get(seat.getPerson()).remove(session);
                seat.setPerson(null);
            }
        }
    }

    private boolean isFree(Person person, Session session) {
        List<Session> theirs = shifts.getOrDefault(person, List.of());
        if (theirs.stream().anyMatch(other -> other.conflictsWith(session))) {
            return false;
        }
        Person.Limits limits = person.limits();
        int day = session.durationMinutes() + theirs.stream().filter(s -> s.day() == session.day())
                .mapToInt(Session::durationMinutes).sum();
        int week = session.durationMinutes() + theirs.stream().filter(s -> s.week() == session.week())
                .mapToInt(Session::durationMinutes).sum();
        int outsideStandard = person.minutesOutsideStandardHours(session) + theirs.stream()
                .filter(s -> s.week() == session.week()).mapToInt(person::minutesOutsideStandardHours).sum();
        int rest = limits.minRestMinutes();
        // stricter than rule 6 (any two shifts of a person at least the rest apart), and a session longer
        // than a working period may span breaks it on its own
        boolean restOk = session.durationMinutes() <= 24 * 60 - rest
                && theirs.stream().allMatch(other -> other.endMinute() + rest <= session.startMinute()
                || session.endMinute() + rest <= other.startMinute());
        return (limits.maxMinutesPerDay() == null || day <= limits.maxMinutesPerDay())
                && (limits.maxMinutesPerWeek() == null || week <= limits.maxMinutesPerWeek())
                && (limits.maxMinutesOutsideStandardPerWeek() == null
                        || outsideStandard <= limits.maxMinutesOutsideStandardPerWeek())
                && restOk;
    }
}
