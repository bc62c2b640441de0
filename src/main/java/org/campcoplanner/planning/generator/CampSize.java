package org.campcoplanner.planning.generator;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** How big a generated camp is: its weeks, sites, weekly programme and people. */
public enum CampSize {

    // first Monday, weeks, sites;
    // Timetable: full-day groups, half-day groups, evening programmes, Saturday mornings,
    //            camp-out every n weeks, Sunday picnic every n weeks, spare helpers.
    // Crowd: staff, leaders, volunteers.

    /** The demo camp new users see: six weeks at three sites, about 80 sessions and 60 people. */
    DEMO(LocalDate.of(2026, 7, 6), 6, 3,
            new Timetable(1, 0, 2, false, 2, 2, 0.25),
            new Crowd(10, 10, 40)),
    /** One week, about 15 sessions and 25 people. */
    S(LocalDate.of(2026, 7, 6), 1, 3,
            new Timetable(1, 0, 2, false, 1, 0, 0.25),
            new Crowd(6, 5, 14)),
    /** Eight weeks at three sites, about 200 sessions, 650 seats and 120 people. */
    M(LocalDate.of(2026, 6, 29), 8, 3,
            new Timetable(2, 0, 3, false, 1, 2, 0.05),
            new Crowd(16, 20, 84)),
    /** Twelve weeks at five sites, about 530 sessions, 1,900 seats and 400 people. */
    L(LocalDate.of(2026, 6, 15), 12, 5,
            new Timetable(3, 1, 6, true, 1, 1, 0.3),
            new Crowd(30, 50, 320)),
    /** Twelve weeks at eight sites, about 850 sessions, 3,000 seats and 900 people: a city's whole summer programme. */
    XL(LocalDate.of(2026, 6, 15), 12, 8,
            new Timetable(5, 2, 8, true, 1, 1, 0.5),
            new Crowd(60, 110, 730));

    /**
     * The weekly programme. Full-day groups have a morning and an afternoon session every weekday,
     * half-day groups (the 4-5 year olds) a morning one; the camp-out and the Sunday picnic run every
     * n weeks (a picnic every 0 weeks: none); {@code spareHelpers} is the share of sessions with a
     * helper more than the children-per-adult ratio needs.
     */
    record Timetable(int fullDayGroups, int halfDayGroups, int evenings, boolean saturdayMornings,
                     int campOutEveryWeeks, int sundayPicnicEveryWeeks, double spareHelpers) {
    }

    record Crowd(int staff, int leaders, int volunteers) {

        int total() {
            return staff + leaders + volunteers;
        }
    }

    private final LocalDate firstDay;
    private final int weeks;
    private final int sites;
    private final Timetable timetable;
    private final Crowd crowd;

    CampSize(LocalDate firstDay, int weeks, int sites, Timetable timetable, Crowd crowd) {
        if (firstDay.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("a camp starts on a Monday: " + firstDay);
        }
        this.firstDay = firstDay;
        this.weeks = weeks;
        this.sites = sites;
        this.timetable = timetable;
        this.crowd = crowd;
    }

    LocalDate firstDay() {
        return firstDay;
    }

    int weeks() {
        return weeks;
    }

    int sites() {
        return sites;
    }

    Timetable timetable() {
        return timetable;
    }

    Crowd crowd() {
        return crowd;
    }
}
