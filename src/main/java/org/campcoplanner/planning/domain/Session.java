package org.campcoplanner.planning.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One block of camp activity at a site. Times are wall-clock minutes from the camp's first
 * midnight, so daylight-saving changes never shift a session.
 */
public final class Session {

    private final int index;
    private final String id;
    private final String title;
    private final String activity;
    private final String series;
    private final int site;
    private final String siteName;
    private final LocalDateTime start;
    private final LocalDateTime end;
    private final long startMinute;
    private final long endMinute;
    private final int day;
    private final int week;
    private final LocalDate lastDay;
    private final LocalDate monday;
    private final int children;
    private final String ageGroup;
    private final int adultsNeeded;
    private final int travelMinutes;

    public Session(int index, String id, String title, String activity, String series, int site, String siteName,
                   LocalDateTime start, LocalDateTime end, CampCalendar calendar, int children, String ageGroup,
                   int adultsNeeded, int travelMinutes) {
        this.index = index;
        this.id = id;
        this.title = title;
        this.activity = activity;
        this.series = series;
        this.site = site;
        this.siteName = siteName;
        this.start = start;
        this.end = end;
        this.startMinute = calendar.minuteOf(start);
        this.endMinute = calendar.minuteOf(end);
        this.day = calendar.dayOf(start);
        this.week = calendar.weekOf(start);
        // a session ending at midnight has its last minute on the day before
        this.lastDay = end.minusMinutes(1).toLocalDate();
        this.monday = start.toLocalDate().with(DayOfWeek.MONDAY);
        this.children = children;
        this.ageGroup = ageGroup;
        this.adultsNeeded = adultsNeeded;
        this.travelMinutes = travelMinutes;
    }

    /** Whether one person could not be in both sessions: they overlap, or leave too little time to travel between sites. */
    public boolean conflictsWith(Session other) {
        long gapNeeded = site == other.site ? 0 : travelMinutes;
        return startMinute < other.endMinute + gapNeeded && other.startMinute < endMinute + gapNeeded;
    }

    /** The camp's travel minutes between different sites. */
    public int travelMinutes() {
        return travelMinutes;
    }

    public int durationMinutes() {
        return (int) (endMinute - startMinute);
    }

    public int index() {
        return index;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String activity() {
        return activity;
    }

    public String series() {
        return series;
    }

    public int site() {
        return site;
    }

    public String siteName() {
        return siteName;
    }

    public LocalDateTime start() {
        return start;
    }

    public LocalDateTime end() {
        return end;
    }

    public long startMinute() {
        return startMinute;
    }

    public long endMinute() {
        return endMinute;
    }

    /** Index of the day the session starts on, from the camp's first day; hours per day count there. */
    public int day() {
        return day;
    }

    /** Index of the ISO week (Monday-Sunday) the session starts in, from the camp's first week. */
    public int week() {
        return week;
    }

    /** The Monday of the ISO week the session starts in. */
    public LocalDate monday() {
        return monday;
    }

    /** The day a credential must still be valid on. */
    public LocalDate lastDay() {
        return lastDay;
    }

    public int children() {
        return children;
    }

    public String ageGroup() {
        return ageGroup;
    }

    /** At least 2, and enough for the children at the camp's ratio for the session's age group. */
    public int adultsNeeded() {
        return adultsNeeded;
    }

    @Override
    public String toString() {
        return title + " " + start;
    }
}
