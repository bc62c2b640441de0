package org.campcoplanner.benchmark;

import org.campcoplanner.planning.domain.Person;
import org.campcoplanner.planning.domain.Roster;
import org.campcoplanner.planning.domain.SeatAssignment;
import org.campcoplanner.planning.domain.Session;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * Splits a roster into parts that no hard rule links, so that each can be solved exactly on its
 * own and the optimum is the sum of theirs. Two sessions are linked when someone could work both
 * and a rule counts them together: they overlap or leave too little time to travel (rule 2), they
 * start on one day or in one ISO week of someone with a limit there, or they belong to one of
 * someone's {@link TooLongWorkingPeriods} (rule 6). Every other rule is about one seat or one
 * session. Camps with weekly limits for everyone come apart week by week.
 */
final class RosterParts {

    private final List<Session> sessions;
    private final int[] parent;

    private RosterParts(Roster roster) {
        this.sessions = roster.getSessions();
        this.parent = new int[sessions.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
    }

    /** The seats of each part, parts in the order of their first session. */
    static List<List<SeatAssignment>> of(Roster roster) {
        RosterParts parts = new RosterParts(roster);
        Map<Person, List<Session>> couldWork = new LinkedHashMap<>();
        for (SeatAssignment seat : roster.getSeats()) {
            for (Person person : seat.getEligiblePeople()) {
                List<Session> theirs = couldWork.computeIfAbsent(person, p -> new ArrayList<>());
                if (!theirs.contains(seat.getSession())) {
                    theirs.add(seat.getSession());
                }
            }
        }
        couldWork.forEach(parts::link);
        Map<Integer, List<SeatAssignment>> byPart = new LinkedHashMap<>();
        for (SeatAssignment seat : roster.getSeats()) {
            byPart.computeIfAbsent(parts.root(seat.getSession().index()), root -> new ArrayList<>()).add(seat);
        }
        return List.copyOf(byPart.values());
    }

    private void link(Person person, List<Session> theirs) {
        Person.Limits limits = person.limits();
        for (int i = 0; i < theirs.size(); i++) {
            for (int j = i + 1; j < theirs.size(); j++) {
                if (theirs.get(i).conflictsWith(theirs.get(j))) {
                    union(theirs.get(i), theirs.get(j));
                }
            }
        }
        if (limits.maxMinutesPerDay() != null) {
            linkAlike(theirs, Session::day);
        }
        if (limits.maxMinutesPerWeek() != null || limits.maxMinutesOutsideStandardPerWeek() != null) {
            linkAlike(theirs, Session::week);
        }
        for (List<Session> chain : TooLongWorkingPeriods.of(theirs, limits.minRestMinutes())) {
            chain.forEach(session -> union(chain.get(0), session));
        }
    }

    private void linkAlike(List<Session> theirs, ToIntFunction<Session> period) {
        Map<Integer, Session> first = new LinkedHashMap<>();
        for (Session session : theirs) {
            union(first.computeIfAbsent(period.applyAsInt(session), p -> session), session);
        }
    }

    private void union(Session a, Session b) {
        parent[root(a.index())] = root(b.index());
    }

    private int root(int index) {
        while (parent[index] != index) {
            parent[index] = parent[parent[index]];
            index = parent[index];
        }
        return index;
    }
}
