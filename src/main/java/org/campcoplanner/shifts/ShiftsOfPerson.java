package org.campcoplanner.shifts;

import org.campcoplanner.planning.format.CampPlan;
import org.campcoplanner.signoff.PublishedRevisions.Published;
import org.campcoplanner.signoff.PublishedRoster;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads one person's shifts out of a published plan. */
final class ShiftsOfPerson {

    private ShiftsOfPerson() {
    }

    static List<MyShift> all(Published published, String planId, Set<String> withdrawnSeats) {
        CampPlan plan = published.plan();
        Map<String, CampPlan.Session> sessions = plan.sessions().stream()
                .collect(Collectors.toMap(CampPlan.Session::id, Function.identity()));
        Map<String, CampPlan.Site> sites = plan.sites().stream()
                .collect(Collectors.toMap(CampPlan.Site::id, Function.identity()));
        Map<String, String> firstNames = plan.people().stream()
                .collect(Collectors.toMap(CampPlan.Person::id, person -> PublishedRoster.firstName(person.name())));
        return plan.assignments().stream().filter(a -> planId.equals(a.person())).map(seat -> {
            CampPlan.Session session = sessions.get(seat.session());
            CampPlan.Site site = sites.get(session.site());
            List<String> with = plan.assignments().stream()
                    .filter(other -> other.session().equals(seat.session()) && other.person() != null
                            && !other.person().equals(planId))
                    .map(other -> firstNames.get(other.person())).distinct().sorted().toList();
            return new MyShift(published.campId(), published.number(), session.id(), session.title(),
                    session.activity(), site.name(), site.address(), session.start(), session.end(), seat.role(),
                    seat.index(), with, withdrawnSeats.contains(seatId(session.id(), seat.role(), seat.index())));
        }).sorted(Comparator.comparing(MyShift::start).thenComparing(MyShift::sessionId)).toList();
    }

    static String seatId(String sessionId, String role, int index) {
        return sessionId + "/" + role + "/" + index;
    }

    static double hoursInWeekOf(List<MyShift> shifts, LocalDate today) {
        LocalDateTime monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).atStartOfDay();
        LocalDateTime nextMonday = monday.plusWeeks(1);
        return shifts.stream().filter(s -> !s.withdrawn() && !s.start().isBefore(monday) && s.start().isBefore(nextMonday))
                .mapToDouble(MyShift::hours).sum();
    }
}
