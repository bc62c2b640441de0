package org.campcoplanner.impact;

import org.campcoplanner.credits.AttendedShift;
import org.campcoplanner.impact.ImpactInputs.Participant;
import org.campcoplanner.planning.format.CampPlan;
import org.campcoplanner.reflections.ReflectionFact;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Counts a camp's figures for a period from what happened: confirmed attendance (hours, who took
 * part, who came back, joint delivery), the published roster (coverage, no-shows), spent credits
 * and reflections. A shift or session belongs to the day it starts on, in the camp's time.
 */
public final class ImpactCalculator {

    private ImpactCalculator() {
    }

    public static ImpactFigures figures(ImpactInputs in, LocalDate from, LocalDate to) {
        Period period = new Period(from, to);
        List<AttendedShift> attended = in.attendance().stream().filter(a -> period.holds(a.start())).toList();
        Map<LocalDate, double[]> hoursByWeek = new TreeMap<>();
        Map<LocalDate, int[]> seatsByWeek = new TreeMap<>();
        double residentHours = 0;
        double staffHours = 0;
        for (AttendedShift shift : attended) {
            Participant who = in.people().get(shift.personId());
            if (who == null) {
                continue;
            }
            double[] week = hoursByWeek.computeIfAbsent(monday(shift.start().toLocalDate()), k -> new double[2]);
            week[who.resident() ? 0 : 1] += shift.hours();
            if (who.resident()) {
                residentHours += shift.hours();
            } else {
                staffHours += shift.hours();
            }
        }

        Set<Long> residentsCame = attended.stream().map(AttendedShift::personId)
                .filter(id -> in.people().containsKey(id) && in.people().get(id).resident())
                .collect(Collectors.toSet());
        Map<Long, LocalDateTime> firstHere = in.attendance().stream().collect(Collectors.toMap(
                AttendedShift::personId, AttendedShift::start, (a, b) -> a.isBefore(b) ? a : b));
        int returning = (int) residentsCame.stream()
                .filter(id -> in.firstCameBefore().containsKey(id)
                        && in.firstCameBefore().get(id).isBefore(firstHere.get(id)))
                .count();

        Map<String, List<AttendedShift>> cameBySession = attended.stream()
                .collect(Collectors.groupingBy(AttendedShift::sessionId));
        Map<String, CampPlan.Session> sessions = new HashMap<>();
        int held = 0;
        int joint = 0;
        for (CampPlan.Session session : in.sessions()) {
            if (!period.holds(session.start())) {
                continue;
            }
            sessions.put(session.id(), session);
            if (!session.end().isAfter(in.now())) {
                held++;
                List<AttendedShift> came = cameBySession.getOrDefault(session.id(), List.of());
                boolean residentCame = came.stream().map(a -> in.people().get(a.personId()))
                        .anyMatch(p -> p != null && p.resident());
                boolean staffCame = came.stream().map(a -> in.people().get(a.personId()))
                        .anyMatch(p -> p != null && !p.resident());
                if (residentCame && staffCame) {
                    joint++;
                }
            }
        }

        Set<String> confirmed = attended.stream().map(a -> a.personId() + "/" + a.sessionId()).collect(Collectors.toSet());
        int filled = 0;
        int empty = 0;
        int noShows = 0;
        for (CampPlan.Assignment seat : in.seats()) {
            CampPlan.Session session = sessions.get(seat.session());
            if (session == null) {
                continue;
            }
            int[] week = seatsByWeek.computeIfAbsent(monday(session.start().toLocalDate()), k -> new int[2]);
            if (seat.person() == null) {
                empty++;
                week[1]++;
                continue;
            }
            filled++;
            week[0]++;
            Long personId = in.planIds().get(seat.person());
            if (!session.end().isAfter(in.now()) && !confirmed.contains(personId + "/" + seat.session())) {
                noShows++;
            }
        }

        Set<Long> youthCame = attended.stream().map(AttendedShift::personId)
                .filter(id -> in.people().containsKey(id) && in.people().get(id).youth()).collect(Collectors.toSet());
        double youthHours = attended.stream().filter(a -> youthCame.contains(a.personId()))
                .mapToDouble(AttendedShift::hours).sum();
        Map<Long, Double> youthHoursByTo = in.attendance().stream()
                .filter(a -> in.people().containsKey(a.personId()) && in.people().get(a.personId()).youth())
                .filter(a -> !a.start().toLocalDate().isAfter(to))
                .collect(Collectors.groupingBy(AttendedShift::personId, Collectors.summingDouble(AttendedShift::hours)));
        int reachedForty = (int) youthHoursByTo.values().stream()
                .filter(h -> h >= ImpactFigures.DIPLOMA_HOURS - 1e-9).count();

        double spent = in.spent().stream().filter(s -> period.holds(LocalDateTime.ofInstant(s.recordedAt(), in.zone())))
                .mapToDouble(s -> s.hours()).sum();

        List<ReflectionFact> reflected = in.reflections().stream().filter(r -> period.holds(r.sessionStart())).toList();
        List<Integer> ratings = new ArrayList<>(List.of(0, 0, 0, 0, 0));
        reflected.forEach(r -> ratings.set(r.rating() - 1, ratings.get(r.rating() - 1) + 1));
        List<String> quotes = reflected.stream().map(ReflectionFact::quote).filter(Objects::nonNull).toList();

        Set<LocalDate> mondays = new HashSet<>(hoursByWeek.keySet());
        mondays.addAll(seatsByWeek.keySet());
        List<WeekFigures> weeks = mondays.stream().sorted().map(monday -> {
            double[] hours = hoursByWeek.getOrDefault(monday, new double[2]);
            int[] seats = seatsByWeek.getOrDefault(monday, new int[2]);
            return new WeekFigures(monday, hours[0], hours[1], seats[0], seats[1]);
        }).toList();

        return new ImpactFigures(from, to, weeks, residentHours, staffHours,
                residentsCame.size(), residentsCame.size() - returning, returning, held, joint,
                youthCame.size(), youthHours, reachedForty, residentHours + staffHours, spent,
                filled, empty, noShows, List.copyOf(ratings), quotes);
    }

    private static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private record Period(LocalDate from, LocalDate to) {

        boolean holds(LocalDateTime moment) {
            LocalDate day = moment.toLocalDate();
            return !day.isBefore(from) && !day.isAfter(to);
        }
    }
}
