package org.campcoplanner.planning.generator;

import org.campcoplanner.planning.format.CampPlan.Interval;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/** The camp's days: whole weeks from a Monday to a Sunday, with Ontario's summer holidays. */
record CampCalendar(LocalDate firstDay, int weeks) {

    LocalDate lastDay() {
        return firstDay.plusWeeks(weeks).minusDays(1);
    }

    LocalDate day(int week, DayOfWeek dayOfWeek) {
        return firstDay.plusWeeks(week).plusDays(dayOfWeek.getValue() - 1L);
    }

    LocalDate monday(int week) {
        return day(week, DayOfWeek.MONDAY);
    }

    /** No camp programme runs on Canada Day or the Civic Holiday. */
    boolean isHoliday(LocalDate date) {
        LocalDate canadaDay = LocalDate.of(date.getYear(), Month.JULY, 1);
        if (canadaDay.getDayOfWeek() == DayOfWeek.SUNDAY) {
            canadaDay = canadaDay.plusDays(1);
        }
        LocalDate civicHoliday = LocalDate.of(date.getYear(), Month.AUGUST, 1)
                .with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
        return date.equals(canadaDay) || date.equals(civicHoliday);
    }

    /** The camp weeks not wholly inside one of the intervals; at least 1. */
    int weeksAround(List<Interval> unavailable) {
        int around = 0;
        for (int week = 0; week < weeks; week++) {
            LocalDateTime from = monday(week).atStartOfDay();
            LocalDateTime to = monday(week + 1).atStartOfDay();
            if (unavailable.stream().noneMatch(away -> !away.start().isAfter(from) && !away.end().isBefore(to))) {
                around++;
            }
        }
        return Math.max(1, around);
    }
}
