package org.campcoplanner.planning.solver;

import org.campcoplanner.planning.domain.Person;
import org.campcoplanner.planning.domain.Session;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * What one person already works in a roster being built, to tell whether one more session
 * would break their hard limits (rules 2 and 6) without scoring the whole roster. The solver's
 * construction and moves use it, and so does the generator when it plants a legal roster.
 */
public final class Workload {

    private static final int DAY_MINUTES = 24 * 60;

    private final Person person;
    private final List<Session> sessions = new ArrayList<>();
    private final Minutes minutesByDay = new Minutes();
    private final Minutes minutesByWeek = new Minutes();
    private final Minutes outsideStandardByWeek = new Minutes();

    public Workload(Person person) {
        this.person = person;
    }

    public void add(Session session) {
        int at = 0;
        while (at < sessions.size() && sessions.get(at).startMinute() <= session.startMinute()) {
            at++;
        }
        sessions.add(at, session);
        minutesByDay.add(session.day(), session.durationMinutes());
        minutesByWeek.add(session.week(), session.durationMinutes());
        outsideStandardByWeek.add(session.week(), person.minutesOutsideStandardHours(session));
    }

    public void remove(Session session) {
        sessions.remove(session);
        minutesByDay.add(session.day(), -session.durationMinutes());
        minutesByWeek.add(session.week(), -session.durationMinutes());
        outsideStandardByWeek.add(session.week(), -person.minutesOutsideStandardHours(session));
    }

    /** The sessions the person works, earliest first. */
    public List<Session> sessions() {
        return Collections.unmodifiableList(sessions);
    }

    public int minutesInWeek(int week) {
        return minutesByWeek.get(week);
    }

    public boolean canAlsoWork(Session session) {
        Person.Limits limits = person.limits();
        for (Session other : sessions) {
            if (other.conflictsWith(session)) {
                return false;
            }
        }
        if (limits.maxMinutesPerDay() != null
                && minutesByDay.get(session.day()) + session.durationMinutes() > limits.maxMinutesPerDay()) {
            return false;
        }
        if (limits.maxMinutesPerWeek() != null
                && minutesInWeek(session.week()) + session.durationMinutes() > limits.maxMinutesPerWeek()) {
            return false;
        }
        if (limits.maxMinutesOutsideStandardPerWeek() != null && outsideStandardByWeek.get(session.week())
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
        long periodStart = Long.MIN_VALUE;
        long periodEnd = Long.MIN_VALUE;
        int worked = 0;
        boolean added = false;
        while (worked < sessions.size() || !added) {
            Session next;
            if (!added && (worked == sessions.size() || session.startMinute() < sessions.get(worked).startMinute())) {
                next = session;
                added = true;
            } else {
                next = sessions.get(worked++);
            }
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
        return minutesByWeek.sum();
    }

    public int mostMinutesInADay() {
        return minutesByDay.most();
    }

    public int mostMinutesInAWeek() {
        return minutesByWeek.most();
    }

    public int mostMinutesOutsideStandardInAWeek() {
        return outsideStandardByWeek.most();
    }

    public Person person() {
        return person;
    }

    /**
     * Minutes per day or per week, by the index of the day or week from the camp's start: moves ask
     * for these many times per step, so plain arrays rather than maps of boxed numbers.
     */
    private static final class Minutes {

        private int[] byIndex = new int[0];
        /** The index that {@code byIndex[0]} holds. */
        private int first;

        int get(int index) {
            int at = index - first;
            return at >= 0 && at < byIndex.length ? byIndex[at] : 0;
        }

        void add(int index, int minutes) {
            if (byIndex.length == 0) {
                first = index;
                byIndex = new int[1];
            } else if (index < first) {
                int[] wider = new int[byIndex.length + first - index];
                System.arraycopy(byIndex, 0, wider, first - index, byIndex.length);
                byIndex = wider;
                first = index;
            } else if (index - first >= byIndex.length) {
                byIndex = Arrays.copyOf(byIndex, index - first + 1);
            }
            byIndex[index - first] += minutes;
        }

        int sum() {
            return Arrays.stream(byIndex).sum();
        }

        /** The most minutes of any day or week, 0 when none is worked. */
        int most() {
            return Arrays.stream(byIndex).max().orElse(0);
        }
    }
}
