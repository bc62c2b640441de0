package org.campcoplanner.planning.generator;

import org.campcoplanner.planning.domain.Person;
import org.campcoplanner.planning.domain.Session;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What one person works in the roster being planted, to tell whether one more session keeps
 * them within hard rules 2 and 6: one place at a time, hours per day and per ISO week, rest
 * between working periods and, for staff, hours outside standard hours per week.
 */
final class PlantedLoad {

    private static final int DAY_MINUTES = 24 * 60;

    private final Person person;
    private final List<Session> sessions = new ArrayList<>();
    private final Map<Integer, Integer> minutesByDay = new HashMap<>();
    private final Map<Integer, Integer> minutesByWeek = new HashMap<>();
    private final Map<Integer, Integer> outsideStandardByWeek = new HashMap<>();

    PlantedLoad(Person person) {
        this.person = person;
    }

    void add(Session session) {
        sessions.add(session);
        minutesByDay.merge(session.day(), session.durationMinutes(), Integer::sum);
        minutesByWeek.merge(session.week(), session.durationMinutes(), Integer::sum);
        outsideStandardByWeek.merge(session.week(), person.minutesOutsideStandardHours(session), Integer::sum);
    }

    boolean canAlsoWork(Session session) {
        Person.Limits limits = person.limits();
        return sessions.stream().noneMatch(session::conflictsWith)
                && within(limits.maxMinutesPerDay(), minutesByDay.getOrDefault(session.day(), 0)
                        + session.durationMinutes())
                && within(limits.maxMinutesPerWeek(), minutesInWeek(session.week()) + session.durationMinutes())
                && within(limits.maxMinutesOutsideStandardPerWeek(), outsideStandardByWeek
                        .getOrDefault(session.week(), 0) + person.minutesOutsideStandardHours(session))
                && restStaysLongEnough(session);
    }

    /**
     * Sessions closer together than the minimum rest form one working period, which may span at
     * most 24 hours minus the rest; a single long session (an overnight camp-out) is such a period too.
     */
    private boolean restStaysLongEnough(Session session) {
        int rest = person.limits().minRestMinutes();
        if (rest == 0) {
            return true;
        }
        List<Session> all = new ArrayList<>(sessions);
        all.add(session);
        all.sort(Comparator.comparingLong(Session::startMinute));
        long periodStart = Long.MIN_VALUE;
        long periodEnd = Long.MIN_VALUE;
        for (Session next : all) {
            if (periodStart == Long.MIN_VALUE || next.startMinute() - periodEnd >= rest) {
                periodStart = next.startMinute();
                periodEnd = next.endMinute();
            } else {
                periodEnd = Math.max(periodEnd, next.endMinute());
            }
            if (periodEnd - periodStart > DAY_MINUTES - rest) {
                return false;
            }
        }
        return true;
    }

    int minutes() {
        return minutesByWeek.values().stream().mapToInt(Integer::intValue).sum();
    }

    int minutesInWeek(int week) {
        return minutesByWeek.getOrDefault(week, 0);
    }

    int mostMinutesInADay() {
        return most(minutesByDay);
    }

    int mostMinutesInAWeek() {
        return most(minutesByWeek);
    }

    int mostMinutesOutsideStandardInAWeek() {
        return most(outsideStandardByWeek);
    }

    List<Session> sessions() {
        return Collections.unmodifiableList(sessions);
    }

    Person person() {
        return person;
    }

    private static boolean within(Integer limit, int minutes) {
        return limit == null || minutes <= limit;
    }

    private static int most(Map<Integer, Integer> minutes) {
        return minutes.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }
}
