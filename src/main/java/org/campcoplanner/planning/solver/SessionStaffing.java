package org.campcoplanner.planning.solver;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
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

/** Fills the empty seats of one session so that it is safe, or leaves them all empty. */
final class SessionStaffing {

    private final Session session;
    private final List<SeatAssignment> seats;
    private final Map<Person, Workload> workloads;
    private final List<Person> present = new ArrayList<>();

    SessionStaffing(Session session, List<SeatAssignment> seats, Map<Person, Workload> workloads) {
        this.session = session;
        this.seats = seats;
        this.workloads = workloads;
        seats.stream().map(SeatAssignment::getPerson).filter(Objects::nonNull).forEach(present::add);
    }

    void staff(ScoreDirector<Roster> scoreDirector) {
        List<SeatAssignment> empty = seats.stream().filter(seat -> seat.getPerson() == null && !seat.isPinned())
                .sorted(Comparator.comparingInt((SeatAssignment seat) -> seat.getEligiblePeople().size())
                        .thenComparing(Comparator.comparingInt(SeatAssignment::getPriority).reversed()))
                .toList();
        Map<SeatAssignment, Person> chosen = new LinkedHashMap<>();
        for (SeatAssignment seat : empty) {
            Person best = null;
            int bestValue = Integer.MIN_VALUE;
            for (Person candidate : seat.getEligiblePeople()) {
                if (present.contains(candidate) || !workloads.get(candidate).canAlsoWork(session)) {
                    continue;
                }
                int value = value(candidate);
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
        // better unstaffed (an empty seat costs its priority) than unsafe (a hard rule broken)
        if (chosen.isEmpty() || !isSafe()) {
            return;
        }
        chosen.forEach((seat, person) -> {
            workloads.get(person).add(session);
            scoreDirector.beforeVariableChanged(seat, "person");
            seat.setPerson(person);
            scoreDirector.afterVariableChanged(seat, "person");
        });
        scoreDirector.triggerVariableListeners();
    }

    /**
     * How much this person helps the session now: first what safety still needs (a checked
     * adult, enough adults), then co-delivery, peer support and the soft preferences.
     */
    private int value(Person candidate) {
        int value = 0;
        if (present.stream().noneMatch(p -> p.isCheckedAdultFor(session)) && candidate.isCheckedAdultFor(session)) {
            value += 10_000;
        }
        if (present.stream().filter(Person::isAdult).count() < session.adultsNeeded() && candidate.isAdult()) {
            value += 5_000;
        }
        if (present.stream().noneMatch(Person::isStaff) && candidate.isStaff()
                || present.stream().noneMatch(Person::isResident) && candidate.isResident()) {
            value += 120;
        }
        if (candidate.isNewVolunteer() && present.stream().noneMatch(Person::experienced)) {
            value -= 60;
        }
        value -= candidate.minutesOutsideStandardHours(session);
        value += 20 * candidate.preferenceFor(session);
        if (candidate.hasPledged()) {
            int room = candidate.pledgeWeekOf(session).pledgedMinutes()
                    - workloads.get(candidate).minutesInWeek(session.week());
            value += Math.max(-300, Math.min(300, room));
        }
        return value;
    }

    private boolean isSafe() {
        if (present.isEmpty()) {
            return true;
        }
        long adults = present.stream().filter(Person::isAdult).count();
        return adults >= session.adultsNeeded() && present.stream().anyMatch(p -> p.isCheckedAdultFor(session));
    }
}
