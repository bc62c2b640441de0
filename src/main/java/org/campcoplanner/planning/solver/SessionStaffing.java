package org.campcoplanner.planning.solver;

import org.campcoplanner.planning.domain.Person;
import org.campcoplanner.planning.domain.SeatAssignment;
import org.campcoplanner.planning.domain.Session;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/**
 * Chooses people for the empty seats of one session so that the session is safe (rule 5), or
 * nobody at all: an empty session only costs its seats' priority, an unsafe one breaks a hard
 * rule. Each person chosen is free for the session under their other shifts (rules 2 and 6, as
 * their {@link Workload} tells). The construction phase uses it to staff sessions one by one, and
 * local search to staff an empty session in one move.
 */
final class SessionStaffing {

    /**
     * Random spread added to each candidate's value when choosing for a move: enough to vary who
     * is chosen among people of similar soft value, never enough to outweigh what safety needs.
     */
    private static final int SPREAD = 400;

    /** What each session someone could take costs in their value: it keeps flexible people for later sessions. */
    private static final int FLEXIBILITY_COST = 3;

    private final Session session;
    private final List<SeatAssignment> seats;
    private final Map<Person, Workload> workloads;
    private final RandomGenerator random;
    private final Function<SeatAssignment, Person> occupant;

    /**
     * @param seats     the session's seats; pinned ones are never chosen for
     * @param workloads what each person already works in the roster
     * @param random    spreads the choice for local search; null chooses the best value every time
     */
    SessionStaffing(Session session, List<SeatAssignment> seats, Map<Person, Workload> workloads,
                    RandomGenerator random) {
        this(session, seats, workloads, random, SeatAssignment::getPerson);
    }

    /** @param occupant who sits in each seat, for a roster laid out apart from the working one */
    SessionStaffing(Session session, List<SeatAssignment> seats, Map<Person, Workload> workloads,
                    RandomGenerator random, Function<SeatAssignment, Person> occupant) {
        this.session = session;
        this.seats = seats;
        this.workloads = workloads;
        this.random = random;
        this.occupant = occupant;
    }

    /**
     * Who would take which empty seat, hardest seats first (fewest people who could take them);
     * empty when nobody could be added or the session would still be unsafe.
     */
    Map<SeatAssignment, Person> choose() {
        return choose(emptySeats());
    }

    /** {@link #chooseLean(List)} for the session's empty seats. */
    Map<SeatAssignment, Person> chooseLean() {
        return chooseLean(emptySeats());
    }

    private List<SeatAssignment> emptySeats() {
        return seats.stream().filter(seat -> occupant.apply(seat) == null && !seat.isPinned()).toList();
    }

    /**
     * A new crew for every seat that is not pinned, as if its people were free: each such seat
     * with its new person, or null where it would stay empty (all of them when no safe crew exists).
     */
    Map<SeatAssignment, Person> chooseAfresh() {
        List<SeatAssignment> open = seats.stream().filter(seat -> !seat.isPinned()).toList();
        List<Person> leaving = open.stream().map(occupant).filter(Objects::nonNull).toList();
        leaving.forEach(person -> workloads.get(person).remove(session));
        try {
            Map<SeatAssignment, Person> crew = choose(open);
            Map<SeatAssignment, Person> changes = new LinkedHashMap<>();
            open.forEach(seat -> changes.put(seat, crew.get(seat)));
            return changes;
        } finally {
            leaving.forEach(person -> workloads.get(person).add(session));
        }
    }

    /**
     * People for the given seats of the session, as if they were empty; the session's other seats
     * keep their people. Empty when the session would not be safe.
     */
    Map<SeatAssignment, Person> choose(List<SeatAssignment> open) {
        return choose(open, List.of());
    }

    /**
     * People for the given seats of the session, as if they were empty, with {@code joining} about to
     * take other seats of it; the session's other seats keep their people. Empty when the session
     * would not be safe.
     */
    Map<SeatAssignment, Person> choose(List<SeatAssignment> open, List<Person> joining) {
        List<Person> present = presentWithout(open, joining);
        List<SeatAssignment> hardestFirst = open.stream()
                .sorted(Comparator.comparingInt((SeatAssignment seat) -> seat.getEligiblePeople().size())
                        .thenComparing(Comparator.comparingInt(SeatAssignment::getPriority).reversed()))
                .toList();
        Map<SeatAssignment, Person> chosen = new LinkedHashMap<>();
        for (SeatAssignment seat : hardestFirst) {
            Person best = null;
            int bestValue = Integer.MIN_VALUE;
            Crew crew = new Crew(present);
            for (Person candidate : seat.getEligiblePeople()) {
                if (present.contains(candidate) || !workloads.get(candidate).canAlsoWork(session)) {
                    continue;
                }
                int value = value(candidate, crew) + (random == null ? 0 : random.nextInt(SPREAD));
                if (value > bestValue) {
                    best = candidate;
                    bestValue = value;
                }
            }
            if (best != null) {
                chosen.put(seat, best);
                present.add(best);
            }
        }
        return isSafe(present) ? chosen : Map.of();
    }

    /**
     * Like {@link #choose(List)}, but the seats of the session's lowest priority stay empty where the
     * session is safe without them: on a camp short of people, a helper kept free may let another
     * session open, whose lead and first aider count for more.
     */
    Map<SeatAssignment, Person> chooseLean(List<SeatAssignment> open) {
        return chooseLean(open, List.of());
    }

    /** {@link #chooseLean(List)} with {@code joining} about to take other seats of the session. */
    Map<SeatAssignment, Person> chooseLean(List<SeatAssignment> open, List<Person> joining) {
        Map<SeatAssignment, Person> chosen = new LinkedHashMap<>(choose(open, joining));
        if (chosen.isEmpty()) {
            return chosen;
        }
        int lowest = seats.stream().filter(seat -> !seat.isPinned()).mapToInt(SeatAssignment::getPriority).min()
                .orElseThrow();
        List<Person> present = presentWithout(open, joining);
        present.addAll(chosen.values());
        List<SeatAssignment> spare = chosen.keySet().stream().filter(seat -> seat.getPriority() == lowest).toList();
        for (SeatAssignment seat : spare) {
            Person person = chosen.get(seat);
            present.remove(person);
            if (isSafe(present)) {
                chosen.remove(seat);
            } else {
                present.add(person);
            }
        }
        return chosen;
    }

    /** Whether the session is safe with the people it has and {@code joining}, the given seats left empty. */
    boolean isSafe(List<SeatAssignment> emptied, List<Person> joining) {
        return isSafe(presentWithout(emptied, joining));
    }

    /** Who would be in the session: {@code joining} and the people of its seats other than {@code emptied}. */
    private List<Person> presentWithout(List<SeatAssignment> emptied, List<Person> joining) {
        List<Person> present = new ArrayList<>(joining);
        seats.stream().filter(seat -> !emptied.contains(seat)).map(occupant).filter(Objects::nonNull)
                .forEach(present::add);
        return present;
    }

    /** What the people already in the session bring, which each candidate's value is weighed against. */
    private final class Crew {

        private final boolean checkedAdult;
        private final boolean adultsEnough;
        private final boolean staff;
        private final boolean resident;
        private final boolean experienced;

        Crew(List<Person> present) {
            boolean checked = false;
            boolean withStaff = false;
            boolean withResident = false;
            boolean withExperience = false;
            int adults = 0;
            for (Person person : present) {
                checked |= person.isCheckedAdultFor(session);
                withStaff |= person.isStaff();
                withResident |= person.isResident();
                withExperience |= person.experienced();
                adults += person.isAdult() ? 1 : 0;
            }
            this.checkedAdult = checked;
            this.adultsEnough = adults >= session.adultsNeeded();
            this.staff = withStaff;
            this.resident = withResident;
            this.experienced = withExperience;
        }
    }

    /**
     * How much this person helps the session now: first what safety still needs (a checked
     * adult, enough adults), then co-delivery, peer support and the soft preferences.
     */
    private int value(Person candidate, Crew crew) {
        int value = 0;
        if (!crew.checkedAdult && candidate.isCheckedAdultFor(session)) {
            value += 10_000;
        }
        if (!crew.adultsEnough && candidate.isAdult()) {
            value += 5_000;
        }
        if (!crew.staff && candidate.isStaff() || !crew.resident && candidate.isResident()) {
            value += 120;
        }
        if (candidate.isNewVolunteer() && !crew.experienced) {
            value -= 60;
        }
        // of two people who could take the seat, the one free for fewer sessions is needed less elsewhere
        value -= FLEXIBILITY_COST * candidate.availableSessionCount();
        value -= candidate.minutesOutsideStandardHours(session);
        value += 20 * candidate.preferenceFor(session);
        if (candidate.hasPledged()) {
            int room = candidate.pledgeWeekOf(session).pledgedMinutes()
                    - workloads.get(candidate).minutesInWeek(session.week());
            value += Math.max(-300, Math.min(300, room));
        }
        return value;
    }

    private boolean isSafe(List<Person> present) {
        if (present.isEmpty()) {
            return false;
        }
        long adults = present.stream().filter(Person::isAdult).count();
        return adults >= session.adultsNeeded() && present.stream().anyMatch(p -> p.isCheckedAdultFor(session));
    }
}
