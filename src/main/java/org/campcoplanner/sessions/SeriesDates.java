package org.campcoplanner.sessions;

import org.campcoplanner.base.InvalidFormException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** The dates of a series, and the checks of its own fields before the plan-wide ones. */
final class SeriesDates {

    private SeriesDates() {
    }

    /** A session of a series ends on its day, or the next day when its end time is not after its start. */
    static LocalDateTime endOn(LocalDate day, LocalTime from, LocalTime to) {
        return to.isAfter(from) ? day.atTime(to) : day.plusDays(1).atTime(to);
    }

    static List<LocalDate> daysOf(SeriesForm form, LocalDate campStart, LocalDate campEnd) {
        List<LocalDate> days = new ArrayList<>();
        LocalDate first = form.firstDay().isBefore(campStart) ? campStart : form.firstDay();
        LocalDate last = form.lastDay().isAfter(campEnd) ? campEnd : form.lastDay();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            if (isSingleDate(form) || form.days().contains(day.getDayOfWeek())) {
                days.add(day);
            }
        }
        return days;
    }

    static List<InvalidFormException.FieldProblem> problemsOf(SeriesForm form) {
        List<InvalidFormException.FieldProblem> problems = new ArrayList<>();
        if (form.name() == null || form.name().isBlank()) {
            problems.add(new InvalidFormException.FieldProblem("name", "give the series a name, such as Tuesday evening sports"));
        }
        if (form.title() == null || form.title().isBlank()) {
            problems.add(new InvalidFormException.FieldProblem("title", "must not be empty"));
        }
        if (form.siteId() == null) {
            problems.add(new InvalidFormException.FieldProblem("site", "choose where the sessions happen"));
        }
        if ((form.days() == null || form.days().isEmpty()) && !isSingleDate(form)) {
            problems.add(new InvalidFormException.FieldProblem("days",
                    "choose at least one weekday, or the same first and last day for a single session"));
        }
        if (form.from() == null) {
            problems.add(new InvalidFormException.FieldProblem("from", "choose a start time"));
        }
        if (form.to() == null) {
            problems.add(new InvalidFormException.FieldProblem("to", "choose an end time"));
        }
        if (form.firstDay() == null || form.lastDay() == null) {
            problems.add(new InvalidFormException.FieldProblem(form.firstDay() == null ? "firstDay" : "lastDay",
                    "choose the first and last day"));
        } else if (form.lastDay().isBefore(form.firstDay())) {
            problems.add(new InvalidFormException.FieldProblem("lastDay", "must not be before the first day"));
        }
        if (form.children() < 0) {
            problems.add(new InvalidFormException.FieldProblem("children", "must be 0 or more"));
        }
        problems.addAll(seatProblemsOf(form.seats()));
        return problems;
    }

    /** One session on one date: the same first and last day, no weekdays needed. */
    private static boolean isSingleDate(SeriesForm form) {
        return (form.days() == null || form.days().isEmpty()) && form.firstDay() != null
                && form.firstDay().equals(form.lastDay());
    }

    static List<InvalidFormException.FieldProblem> seatProblemsOf(List<SeatLine> seats) {
        List<InvalidFormException.FieldProblem> problems = new ArrayList<>();
        if (seats == null || seats.isEmpty()) {
            problems.add(new InvalidFormException.FieldProblem("seats", "add at least one seat"));
            return problems;
        }
        for (int i = 0; i < seats.size(); i++) {
            SeatLine line = seats.get(i);
            if (line.role() == null || line.role().isBlank()) {
                problems.add(new InvalidFormException.FieldProblem("seats", "seat line " + (i + 1) + ": give the role a name"));
            } else if (line.count() < 1) {
                problems.add(new InvalidFormException.FieldProblem("seats", "seat line " + (i + 1) + " (" + line.role()
                        + "): how many must be at least 1"));
            } else if (line.priority() < 1 || line.priority() > 100) {
                problems.add(new InvalidFormException.FieldProblem("seats", "seat line " + (i + 1) + " (" + line.role()
                        + "): priority must be 1 to 100"));
            }
        }
        return problems;
    }
}
