package org.campcoplanner.planning.solver;

import org.campcoplanner.planning.domain.Person;
import org.campcoplanner.planning.domain.Session;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What one person already works in a roster being built, to tell whether one more session
 * would break their hard limits (rules 2 and 6) without scoring the whole roster. The solver's
 * construction and moves use it, and so does the generator when it plants a legal roster.
 */
public final class Workload {

    private static final int DAY_MINUTES = 24 * 60;

    private final Person person;
    private final List<Session> sessions = new ArrayList<>();
    private final Map<Integer, Integer> minutesByDay = new HashMap<>();
    private final Map<Integer, Integer> minutesByWeek = new HashMap<>();
    private final Map<Integer, Integer> outsideStandardByWeek = new HashMap<>();

    public Workload(Person person) {
        this.person = person;
    }

    public void add(Session session) {
        sessions.add(session);
        minutesByDay.merge(session.day(), session.durationMinutes(), Integer::sum);
        minutesByWeek.merge(session.week(), session.durationMinutes(), Integer::sum);
        outsideStandardByWeek.merge(session.week(), person.minutesOutsideStandardHours(session), Integer::sum);
    }

    public void remove(Session session) {
        sessions.remove(session);
        minutesByDay.merge(session.day(), -session.durationMinutes(), Integer::sum);
        minutesByWeek.merge(session.week(), -session.durationMinutes(), Integer::sum);
        outsideStandardByWeek.merge(session.week(), -person.minutesOutsideStandardHours(session), Integer::sum);
    }

    /** The sessions the person works, in no particular order. */
    public List<Session> sessions() {
        return Collections.unmodifiableList(sessions);
    }

    public int minutesInWeek(int week) {
        return minutesByWeek.getOrDefault(week, 0);
    }

    public boolean canAlsoWork(Session session) {
        Person.Limits limits = person.limits();
        for (Session other : sessions) {
            if (other.conflictsWith(session)) {
                return false;
            }
        }
        if (limits.maxMinutesPerDay() != null
                && minutesByDay.getOrDefault(session.day(), 0) + session.durationMinutes() > limits.maxMinutesPerDay()) {
            return false;
        }
        if (limits.maxMinutesPerWeek() != null
                && minutesInWeek(session.week()) + session.durationMinutes() > limits.maxMinutesPerWeek()) {
            return false;
        }
        if (limits.maxMinutesOutsideStandardPerWeek() != null && outsideStandardByWeek.getOrDefault(session.week(), 0)
                + person.minutesOutsideStandardHours(session) > limits.maxMinutesOutsideStandardPerWeek()) {
            return false;
        }
        return restStaysLongEnough(session);
    }

    /** Rule 6 rest: the working period the session would join must span at most 24 minus min-rest hours. */
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
            if (periodStart != Long.MIN_VALUE && next.startMinute() - periodEnd < rest) {
                periodEnd = Math.max(periodEnd, next.endMinute());
            } else {
                periodStart = next.startMinute();
                periodEnd = next.endMinute();
            }
            // a single long session, such as an overnight camp-out, is a working period of its own
            if (periodEnd - periodStart > DAY_MINUTES - rest) {
                return false;
            }
        }
        return true;
    }

    public int minutes() {
        return minutesByWeek.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int mostMinutesInADay() {
        return most(minutesByDay);
    }

    public int mostMinutesInAWeek() {
        return most(minutesByWeek);
    }

    public int mostMinutesOutsideStandardInAWeek() {
        return most(outsideStandardByWeek);
    }

    public Person person() {
        return person;
    }

    private static int most(Map<Integer, Integer> minutes) {
        return minutes.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }
}
