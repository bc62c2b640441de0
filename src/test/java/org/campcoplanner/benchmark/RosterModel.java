package org.campcoplanner.benchmark;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.ortools.sat.Literal;
import org.campcoplanner.planning.domain.Person;
import org.campcoplanner.planning.domain.Roster;
import org.campcoplanner.planning.domain.SeatAssignment;
import org.campcoplanner.planning.domain.Session;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.ToIntFunction;

/**
 * A roster as a CP-SAT model: the hard rules 1-6 as constraints and the medium rule 7 (the
 * priority of empty seats) as the objective; the soft rules are left out. It works from the facts
 * {@code RosterBuilder} worked out, so that it judges by the same availability, credential
 * validity, durations and minutes outside standard hours as the solver's score.
 *
 * <ul>
 * <li>Seats of one session that are alike (same role, credentials, kinds, priority and people who
 *     could take them) are one
 *     group with a count, so the model has no symmetric seats: a yes/no per group and person who
 *     could take its seats (rules 1, 3 and 4 leave only those), at most the group's count of them.</li>
 * <li>Whether a person works a session: the sum over its groups, at most 1.</li>
 * <li>Rule 2: two sessions that overlap or leave too little time to travel, not both.</li>
 * <li>Rule 5: a session is staffed when anyone works it; then at least its adults needed are adults
 *     (never fewer than 2) and at least one adult holds a vulnerable sector check valid on its last
 *     day. An empty session is allowed and costs its seats.</li>
 * <li>Rule 6: minutes per day (by the day a session starts) and per ISO week within the limits;
 *     staff minutes outside standard hours per week within the cap; rest as the chains of
 *     {@link TooLongWorkingPeriods}, each not all worked.</li>
 * </ul>
 */
final class RosterModel {

    /** Seats of one session that anyone who can take one can take any of. */
    record SeatGroup(Session session, List<SeatAssignment> seats) {

        int priority() {
            return seats.get(0).getPriority();
        }

        List<Person> eligible() {
            return seats.get(0).getEligiblePeople();
        }
    }

    private final CpModel model = new CpModel();
    private final List<SeatGroup> groups;
    private final Map<SeatGroup, Map<Person, BoolVar>> takes = new LinkedHashMap<>();
    private final Map<Person, Map<Session, Literal>> works = new LinkedHashMap<>();
    private final LinearExprBuilder emptyPriority = LinearExpr.newBuilder();
    private int restChains;

    /** The model of some of a roster's seats: a part of it (see {@link RosterParts}) or all of it. */
    RosterModel(List<SeatAssignment> seats) {
        this.groups = groups(seats);
        seats();
        onePlaceAtATime();
        safeguarding(groups.stream().map(SeatGroup::session).distinct().toList());
        works.forEach((person, sessions) -> limits(person, List.copyOf(sessions.keySet())));
        model.minimize(emptyPriority);
    }

    private void seats() {
        for (SeatGroup group : groups) {
            Map<Person, BoolVar> byPerson = new LinkedHashMap<>();
            for (Person person : group.eligible()) {
                byPerson.put(person, model.newBoolVar(person.id() + " in " + group.seats().get(0).getId()));
            }
            takes.put(group, byPerson);
            emptyPriority.add((long) group.priority() * group.seats().size());
            byPerson.values().forEach(take -> emptyPriority.addTerm(take, -group.priority()));
        }
        Map<Person, Map<Session, List<BoolVar>>> bySession = new LinkedHashMap<>();
        takes.forEach((group, byPerson) -> byPerson.forEach((person, take) -> bySession
                .computeIfAbsent(person, p -> new LinkedHashMap<>())
                .computeIfAbsent(group.session(), s -> new ArrayList<>()).add(take)));
        bySession.forEach((person, sessions) -> sessions.forEach((session, taken) -> works
                .computeIfAbsent(person, p -> new LinkedHashMap<>()).put(session, worksOne(taken))));
    }

    /** The person works the session: one of the groups they could take there, never two. */
    private Literal worksOne(List<BoolVar> taken) {
        if (taken.size() == 1) {
            return taken.get(0);
        }
        BoolVar works = model.newBoolVar("");
        model.addEquality(LinearExpr.sum(taken.toArray(new BoolVar[0])), works);
        return works;
    }

    /**
     * Sessions that overlap in time are pairwise in conflict, and all of one person's sessions
     * running at the start of one of them form a clique: at most one of them, which bounds the
     * relaxation far better than the pairs. Conflicts only through travel time stay pairs.
     */
    private void onePlaceAtATime() {
        works.forEach((person, sessions) -> {
            List<Session> byStart = sessions.keySet().stream().sorted(Comparator.comparingLong(Session::startMinute))
                    .toList();
            for (int i = 0; i < byStart.size(); i++) {
                Session first = byStart.get(i);
                List<Literal> running = new ArrayList<>(List.of(sessions.get(first)));
                for (int j = i - 1; j >= 0; j--) {
                    if (overlap(byStart.get(j), first)) {
                        running.add(sessions.get(byStart.get(j)));
                    }
                }
                if (running.size() > 1) {
                    model.addAtMostOne(running);
                }
                for (int j = i + 1; j < byStart.size(); j++) {
                    Session second = byStart.get(j);
                    if (second.startMinute() >= first.endMinute() + first.travelMinutes()) {
                        break;
                    }
                    if (first.conflictsWith(second) && !overlap(first, second)) {
                        model.addBoolOr(new Literal[] {sessions.get(first).not(), sessions.get(second).not()});
                    }
                }
            }
        });
    }

    private static boolean overlap(Session a, Session b) {
        return a.startMinute() < b.endMinute() && b.startMinute() < a.endMinute();
    }

    /**
     * The seats of a group fill only as far as the session is staffed, which ties every filled
     * seat, in the relaxation too, to the adults a staffed session needs.
     */
    private void safeguarding(List<Session> sessions) {
        Map<Session, BoolVar> staffed = new LinkedHashMap<>();
        for (Session session : sessions) {
            BoolVar isStaffed = model.newBoolVar("staffed " + session.id());
            staffed.put(session, isStaffed);
            LinearExprBuilder adults = LinearExpr.newBuilder();
            LinearExprBuilder checkedAdults = LinearExpr.newBuilder();
            works.forEach((person, worked) -> {
                Literal works = worked.get(session);
                if (works != null) {
                    model.addImplication(works, isStaffed);
                    if (person.isAdult()) {
                        adults.add(works);
                    }
                    if (person.isCheckedAdultFor(session)) {
                        checkedAdults.add(works);
                    }
                }
            });
            model.addGreaterOrEqual(adults.addTerm(isStaffed, -session.adultsNeeded()), 0);
            model.addGreaterOrEqual(checkedAdults.addTerm(isStaffed, -1), 0);
        }
        takes.forEach((group, byPerson) -> model.addLessOrEqual(LinearExpr.newBuilder()
                .addSum(byPerson.values().toArray(new BoolVar[0]))
                .addTerm(staffed.get(group.session()), -group.seats().size()), 0));
    }

    private void limits(Person person, List<Session> sessions) {
        Person.Limits limits = person.limits();
        Map<Session, Literal> worked = works.get(person);
        if (limits.maxMinutesPerDay() != null) {
            within(worked, sessions, Session::day, Session::durationMinutes, limits.maxMinutesPerDay());
        }
        if (limits.maxMinutesPerWeek() != null) {
            within(worked, sessions, Session::week, Session::durationMinutes, limits.maxMinutesPerWeek());
        }
        if (limits.maxMinutesOutsideStandardPerWeek() != null) {
            within(worked, sessions, Session::week, person::minutesOutsideStandardHours,
                    limits.maxMinutesOutsideStandardPerWeek());
        }
        for (List<Session> chain : TooLongWorkingPeriods.of(sessions, limits.minRestMinutes())) {
            model.addBoolOr(chain.stream().map(session -> worked.get(session).not()).toArray(Literal[]::new));
            restChains++;
        }
    }

    /** Per day or week ({@code period}), the minutes worked stay within the limit. */
    private void within(Map<Session, Literal> worked, List<Session> sessions, ToIntFunction<Session> period,
                        ToIntFunction<Session> minutes, int limit) {
        Map<Integer, List<Session>> byPeriod = new LinkedHashMap<>();
        sessions.forEach(session -> byPeriod.computeIfAbsent(period.applyAsInt(session), p -> new ArrayList<>())
                .add(session));
        for (List<Session> inPeriod : byPeriod.values()) {
            if (inPeriod.stream().mapToInt(minutes).sum() > limit) {
                LinearExprBuilder sum = LinearExpr.newBuilder();
                inPeriod.forEach(session -> sum.addTerm(worked.get(session), minutes.applyAsInt(session)));
                model.addLessOrEqual(sum, limit);
            }
        }
    }

    /**
     * Fixes the model to the people sitting in {@code filled}, to ask whether the model allows
     * that roster; false when it cannot even be expressed (someone in a seat they could not take,
     * or twice in one group).
     */
    boolean fixTo(Roster filled) {
        Map<String, Person> seated = new LinkedHashMap<>();
        filled.getSeats().forEach(seat -> seated.put(seat.getId(), seat.getPerson()));
        for (SeatGroup group : groups) {
            List<String> inGroup = group.seats().stream().map(seat -> seated.get(seat.getId()))
                    .filter(Objects::nonNull).map(Person::id).toList();
            Map<Person, BoolVar> byPerson = takes.get(group);
            if (inGroup.stream().distinct().count() < inGroup.size()
                    || inGroup.stream().anyMatch(id -> byPerson.keySet().stream().noneMatch(p -> p.id().equals(id)))) {
                return false;
            }
            byPerson.forEach((person, take) -> model.addEquality(take, inGroup.contains(person.id()) ? 1 : 0));
        }
        return true;
    }

    /** Sits the solution's people in the roster's seats, group by group in seat order. */
    void fill(CpSolver solved, Roster roster) {
        Map<String, SeatAssignment> seatById = new LinkedHashMap<>();
        roster.getSeats().forEach(seat -> seatById.put(seat.getId(), seat));
        Map<String, Person> personById = new LinkedHashMap<>();
        roster.getPeople().forEach(person -> personById.put(person.id(), person));
        for (SeatGroup group : groups) {
            List<SeatAssignment> seats = group.seats().stream().map(seat -> seatById.get(seat.getId())).toList();
            seats.forEach(seat -> seat.setPerson(null));
            int next = 0;
            for (Map.Entry<Person, BoolVar> take : takes.get(group).entrySet()) {
                if (solved.booleanValue(take.getValue())) {
                    seats.get(next++).setPerson(personById.get(take.getKey().id()));
                }
            }
        }
    }

    CpModel model() {
        return model;
    }

    int restChains() {
        return restChains;
    }

    private static List<SeatGroup> groups(List<SeatAssignment> seats) {
        Map<List<Object>, List<SeatAssignment>> alike = new LinkedHashMap<>();
        for (SeatAssignment seat : seats) {
            alike.computeIfAbsent(List.of(seat.getSession().id(), seat.getRole(), seat.getRequiredCredentials(),
                    seat.getAllowedKinds(), seat.getPriority(), seat.getEligiblePeople()), key -> new ArrayList<>())
                    .add(seat);
        }
        return alike.values().stream().map(same -> new SeatGroup(same.get(0).getSession(), List.copyOf(same)))
                .toList();
    }
}
