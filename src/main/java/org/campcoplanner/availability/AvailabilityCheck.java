package org.campcoplanner.availability;

import org.campcoplanner.base.InvalidFormException.FieldProblem;
import org.campcoplanner.camp.DatedWindow;
import org.campcoplanner.camp.WeeklyWindow;
import org.campcoplanner.planning.DateStyle;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What makes an availability unsaveable, in words that name the field to fix. */
public final class AvailabilityCheck {

    /** Longer stretches are almost always a typo in the year or month; a real one can be split. */
    public static final int MAX_DAYS = 60;

    private AvailabilityCheck() {
    }

    /** The problem with one extra window or unavailable block, if any. */
    public static Optional<String> problemWith(LocalDateTime start, LocalDateTime end) {
        if (start == null) {
            return Optional.of("Enter when it starts");
        }
        if (end == null) {
            return Optional.of("Enter when it ends");
        }
        if (!end.isAfter(start)) {
            return Optional.of("It must end after it starts");
        }
        if (Duration.between(start, end).compareTo(Duration.ofDays(MAX_DAYS)) > 0) {
            return Optional.of("It can be at most " + MAX_DAYS + " days long; split a longer stretch");
        }
        return Optional.empty();
    }

    /** Every problem of an edited availability; the fields are weekly, dated and unavailable. */
    static List<FieldProblem> problems(PersonAvailability availability) {
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < availability.weekly().size(); i++) {
            WeeklyWindow window = availability.weekly().get(i);
            if (window.day() == null || window.from() == null || window.to() == null) {
                problems.add(new FieldProblem("weekly", "Weekly window " + (i + 1) + ": it needs a day, a start and an end"));
            }
        }
        addProblems(problems, "dated", "Extra available time", availability.dated());
        addProblems(problems, "unavailable", "Unavailable time", availability.unavailable());
        return problems;
    }

    private static void addProblems(List<FieldProblem> problems, String field, String inWords, List<DatedWindow> windows) {
        for (int i = 0; i < windows.size(); i++) {
            DatedWindow window = windows.get(i);
            String where = inWords + " " + (i + 1) + describe(window) + ": ";
            problemWith(window.start(), window.end()).ifPresent(problem -> problems.add(new FieldProblem(field, where + problem)));
        }
    }

    private static String describe(DatedWindow window) {
        return window.start() == null || window.end() == null ? ""
                : " (" + DateStyle.dayTime(window.start(), DateStyle.UNTRANSLATED) + " to "
                        + DateStyle.dayTime(window.end(), DateStyle.UNTRANSLATED) + ")";
    }
}
