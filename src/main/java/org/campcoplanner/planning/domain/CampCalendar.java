package org.campcoplanner.planning.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/** Turns the camp's wall-clock date-times into minute, day and ISO-week numbers. */
public final class CampCalendar {

    private final LocalDate firstDay;
    private final LocalDateTime epoch;
    private final LocalDate firstMonday;

    public CampCalendar(LocalDate firstDay) {
        this.firstDay = firstDay;
        this.epoch = firstDay.atStartOfDay();
        this.firstMonday = firstDay.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    public long minuteOf(LocalDateTime dateTime) {
        return ChronoUnit.MINUTES.between(epoch, dateTime);
    }

    public int dayOf(LocalDateTime dateTime) {
        return (int) ChronoUnit.DAYS.between(firstDay, dateTime.toLocalDate());
    }

    public int weekOf(LocalDateTime dateTime) {
        return (int) ChronoUnit.WEEKS.between(firstMonday, dateTime.toLocalDate().with(DayOfWeek.MONDAY));
    }

    public LocalDate mondayOfWeek(int week) {
        return firstMonday.plusWeeks(week);
    }
}
