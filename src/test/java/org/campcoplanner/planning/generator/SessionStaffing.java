package org.campcoplanner.planning.generator;

import org.campcoplanner.planning.format.CampPlan;
import org.campcoplanner.planning.format.CampPlan.Availability;
import org.campcoplanner.planning.format.CampPlan.Interval;
import org.campcoplanner.planning.format.CampPlan.Person;
import org.campcoplanner.planning.format.CampPlan.SeatGroup;
import org.campcoplanner.planning.format.CampPlan.Session;
import org.campcoplanner.planning.format.CampPlan.WeeklyWindow;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Whether one session could be staffed if it were the only one: a necessary condition for a
 * full legal roster (DOMAIN.md section 3, rules 1, 3, 4 and 5), checked by matching its seats to
 * the people who could take them.
 */
final class SessionStaffing {

    private final CampPlan plan;

    SessionStaffing(CampPlan plan) {
        this.plan = plan;
    }

    /** Empty if the session can be staffed on its own, else why not. */
    String problem(Session session) {
        List<Person> available = plan.people().stream().filter(p -> isAvailable(p, session)).toList();
        List<Person> adults = available.stream().filter(p -> !Boolean.TRUE.equals(p.youth())).toList();
        int adultsNeeded = CampPlan.adultsNeeded(orZero(session.children()), childrenPerAdult(session.ageGroup()));
        if (adults.size() < adultsNeeded) {
            return session.id() + " " + session.series() + ": " + adults.size() + " adults free, "
                    + adultsNeeded + " needed";
        }
        if (adults.stream().noneMatch(p -> holds(p, "VULNERABLE_SECTOR_CHECK", session))) {
            return session.id() + " " + session.series() + ": no adult with a police check is free";
        }
        List<SeatGroup> seats = new ArrayList<>();
        for (SeatGroup group : session.seats()) {
            for (int i = 0; i < (group.count() == null ? 1 : group.count()); i++) {
                seats.add(group);
            }
        }
        int filled = matchedSeats(seats, available, session);
        return filled == seats.size() ? ""
                : session.id() + " " + session.series() + ": only " + filled + " of " + seats.size() + " seats";
    }

    static boolean isAvailable(Person person, Session session) {
        Availability availability = person.availability();
        return availability != null && org.campcoplanner.planning.solver.Availability.covers(
                orEmpty(availability.weekly()), orEmpty(availability.dates()), orEmpty(availability.unavailable()), session);
    }

    static boolean holds(Person person, String credential, Session session) {
        LocalDate lastDay = session.end().toLocalDate();
        return orEmpty(person.credentials()).stream().anyMatch(c -> c.type().equals(credential)
                && (c.validUntil() == null || !c.validUntil().isBefore(lastDay)));
    }

    private static boolean canTake(Person person, SeatGroup seat, Session session) {
        return (seat.kinds() == null || seat.kinds().contains(person.kind()))
                && orEmpty(seat.requires()).stream().allMatch(credential -> holds(person, credential, session));
    }

    private static int matchedSeats(List<SeatGroup> seats, List<Person> people, Session session) {
        boolean[][] fits = new boolean[seats.size()][people.size()];
        for (int s = 0; s < seats.size(); s++) {
            for (int p = 0; p < people.size(); p++) {
                fits[s][p] = canTake(people.get(p), seats.get(s), session);
            }
        }
        int[] seatOf = new int[people.size()];
        Arrays.fill(seatOf, -1);
        int matched = 0;
        for (int s = 0; s < seats.size(); s++) {
            if (augment(s, fits, seatOf, new boolean[people.size()])) {
                matched++;
            }
        }
        return matched;
    }

    private static boolean augment(int seat, boolean[][] fits, int[] seatOf, boolean[] tried) {
        for (int p = 0; p < seatOf.length; p++) {
            if (fits[seat][p] && !tried[p]) {
                tried[p] = true;
                if (seatOf[p] < 0 || augment(seatOf[p], fits, seatOf, tried)) {
                    seatOf[p] = seat;
                    return true;
                }
            }
        }
        return false;
    }

    private int childrenPerAdult(String ageGroup) {
        Map<String, Integer> ratios = plan.camp().rules().childrenPerAdult();
        return ratios.getOrDefault(ageGroup == null ? "" : ageGroup, ratios.get(CampPlan.DEFAULT_AGE_GROUP));
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
