package org.campcoplanner.planning.generator;

import org.campcoplanner.planning.domain.Person;
import org.campcoplanner.planning.domain.Roster;
import org.campcoplanner.planning.domain.SeatAssignment;
import org.campcoplanner.planning.domain.Session;
import org.campcoplanner.planning.format.CampPlan;
import org.campcoplanner.planning.format.CampPlan.Assignment;
import org.campcoplanner.planning.solver.RosterBuilder;
import org.campcoplanner.planning.solver.Workload;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * One pass of planting a roster on a camp under hard rules 1-6. Sessions are staffed hardest
 * first (fewest people per seat), seats with the fewest candidates first, each seat to the
 * person who can take it and is least busy, with a little chance so that the roster
 * does not follow the order people are listed in. Safeguarding (rule 5) is kept by holding the
 * last seats of a session for adults, and the very last for a checked adult, when still needed.
 * A seat nobody can take is left empty and listed in {@link #unfilled()}.
 */
final class Planting {

    /** How much chance weighs against how busy someone already is, as a share of their weekly hours. */
    private static final double CHANCE_WEIGHT = 0.2;
    /** Weekly hours assumed for someone without a weekly limit, to weigh their busyness like others'. */
    private static final int UNLIMITED_WEEK_MINUTES = 40 * 60;

    private final CampPlan plan;
    private final Roster roster;
    private final Map<Person, Workload> loads = new IdentityHashMap<>();
    private final Map<Session, List<SeatAssignment>> seatsBySession = new LinkedHashMap<>();
    private final List<SeatAssignment> unfilled = new ArrayList<>();
    private final Chance chance;
    private final int weeks;

    private Planting(CampPlan plan, Chance chance) {
        this.plan = plan;
        this.roster = RosterBuilder.build(plan);
        this.chance = chance;
        this.weeks = 1 + roster.getSessions().stream().mapToInt(Session::week).max().orElse(0);
        roster.getPeople().forEach(person -> loads.put(person, new Workload(person)));
        roster.getSeats().forEach(seat -> seatsBySession.computeIfAbsent(seat.getSession(), s -> new ArrayList<>())
                .add(seat));
    }

    static Planting of(CampPlan plan, Chance chance) {
        Planting planting = new Planting(plan, chance);
        List<Session> order = new ArrayList<>(planting.seatsBySession.keySet());
        order.sort(Comparator.comparingDouble((Session session) -> choicePerSeat(planting.seatsBySession.get(session)))
                .thenComparingLong(Session::startMinute));
        order.forEach(planting::staff);
        return planting;
    }

    private void staff(Session session) {
        List<SeatAssignment> seats = new ArrayList<>(seatsBySession.get(session));
        seats.sort(Comparator.comparingInt(seat -> seat.getEligiblePeople().size()));
        for (int i = 0; i < seats.size(); i++) {
            SeatAssignment seat = seats.get(i);
            int remaining = seats.size() - i;
            boolean adultsOnly = session.adultsNeeded() - adultsIn(session) >= remaining;
            boolean checkedOnly = remaining == 1 && !hasCheckedAdult(session);
            Person chosen = leastBusy(seat, candidate -> (!adultsOnly || candidate.isAdult())
                    && (!checkedOnly || candidate.isCheckedAdultFor(session)));
            if (chosen == null) {
                unfilled.add(seat);
            } else {
                seat(seat, chosen);
            }
        }
    }

    private Person leastBusy(SeatAssignment seat, Predicate<Person> allowed) {
        return leastBusy(seat.getSession(), seat.getEligiblePeople(), allowed);
    }

    /** The least busy of the allowed people who still fit in the session and within their limits; null if none. */
    Person leastBusy(Session session, List<Person> people, Predicate<Person> allowed) {
        Person chosen = null;
        double least = Double.MAX_VALUE;
        for (Person candidate : people) {
            if (allowed.test(candidate) && isFreeFor(candidate, session)) {
                double busy = busyness(candidate, session) + CHANCE_WEIGHT * chance.draw();
                if (busy < least) {
                    least = busy;
                    chosen = candidate;
                }
            }
        }
        return chosen;
    }

    private boolean isFreeFor(Person person, Session session) {
        return crew(session).noneMatch(person::equals) && loads.get(person).canAlsoWork(session);
    }

    void seat(SeatAssignment seat, Person person) {
        seat.setPerson(person);
        loads.get(person).add(seat.getSession());
    }

    /**
     * How much of their weekly hours someone already gives in the session's week, plus on average
     * over the camp's weeks: the second spreads seats over the summer, so that someone free on
     * evenings that many others are free on too gets some of them.
     */
    private double busyness(Person person, Session session) {
        Integer weekLimit = person.limits().maxMinutesPerWeek();
        double week = weekLimit == null ? UNLIMITED_WEEK_MINUTES : Math.max(1, weekLimit);
        Workload load = loads.get(person);
        return (load.minutesInWeek(session.week()) + (double) load.minutes() / weeks) / week;
    }

    private Stream<Person> crew(Session session) {
        return seatsBySession.get(session).stream().map(SeatAssignment::getPerson).filter(Objects::nonNull);
    }

    private long adultsIn(Session session) {
        return crew(session).filter(Person::isAdult).count();
    }

    boolean hasCheckedAdult(Session session) {
        return crew(session).anyMatch(person -> person.isCheckedAdultFor(session));
    }

    List<SeatAssignment> unfilled() {
        return unfilled;
    }

    CampPlan plan() {
        return plan;
    }

    Roster roster() {
        return roster;
    }

    Workload loadOf(Person person) {
        return loads.get(person);
    }

    /** The planted roster in the plan format, seat by seat in the plan's order. */
    List<Assignment> assignments() {
        return roster.getSeats().stream().map(seat -> new Assignment(seat.getSession().id(), seat.getRole(),
                seat.getRoleIndex(), seat.getPerson() == null ? null : seat.getPerson().id(), false)).toList();
    }

    private static double choicePerSeat(List<SeatAssignment> seats) {
        return seats.stream().mapToInt(seat -> seat.getEligiblePeople().size()).average().orElse(0);
    }
}
