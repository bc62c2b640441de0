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
            problems.add(InvalidFormException.FieldProblem.of("name", "sessions.problem.series-name"));
        }
        if (form.title() == null || form.title().isBlank()) {
            problems.add(InvalidFormException.FieldProblem.of("title", "sessions.problem.title"));
        }
        if (form.siteId() == null) {
            problems.add(InvalidFormException.FieldProblem.of("site", "sessions.problem.site"));
        }
        if ((form.days() == null || form.days().isEmpty()) && !isSingleDate(form)) {
            problems.add(InvalidFormException.FieldProblem.of("days",
                    "sessions.problem.days"));
        }
        if (form.from() == null) {
            problems.add(InvalidFormException.FieldProblem.of("from", "sessions.problem.from"));
        }
        if (form.to() == null) {
            problems.add(InvalidFormException.FieldProblem.of("to", "sessions.problem.to"));
        }
        if (form.firstDay() == null || form.lastDay() == null) {
            problems.add(InvalidFormException.FieldProblem.of(form.firstDay() == null ? "firstDay" : "lastDay",
                    "sessions.problem.first-and-last-day"));
        } else if (form.lastDay().isBefore(form.firstDay())) {
            problems.add(InvalidFormException.FieldProblem.of("lastDay", "sessions.problem.last-before-first"));
        }
        if (form.children() < 0) {
            problems.add(InvalidFormException.FieldProblem.of("children", "sessions.problem.children"));
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
            problems.add(InvalidFormException.FieldProblem.of("seats", "sessions.problem.no-seat"));
            return problems;
        }
        for (int i = 0; i < seats.size(); i++) {
            SeatLine line = seats.get(i);
            if (line.role() == null || line.role().isBlank()) {
                problems.add(InvalidFormException.FieldProblem.of("seats", "sessions.problem.seat-role", i + 1));
            } else if (line.count() < 1) {
                problems.add(InvalidFormException.FieldProblem.of("seats", "sessions.problem.seat-count",
                        i + 1, line.role()));
            } else if (line.priority() < 1 || line.priority() > 100) {
                problems.add(InvalidFormException.FieldProblem.of("seats", "sessions.problem.seat-priority",
                        i + 1, line.role()));
            }
        }
        return problems;
    }
}
