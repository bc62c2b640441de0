package org.campcoplanner.availability;

import org.campcoplanner.base.InvalidFormException.FieldProblem;
import org.campcoplanner.camp.DatedWindow;
import org.campcoplanner.camp.WeeklyWindow;
import org.campcoplanner.planning.Text;

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

    /** The problem with one extra window or unavailable block, if any, for whoever shows it to say in their reader's words. */
    public static Optional<Text> problemWith(LocalDateTime start, LocalDateTime end) {
        if (start == null) {
            return Optional.of(Text.of("availability.check.no-start"));
        }
        if (end == null) {
            return Optional.of(Text.of("availability.check.no-end"));
        }
        if (!end.isAfter(start)) {
            return Optional.of(Text.of("availability.check.ends-before-start"));
        }
        if (Duration.between(start, end).compareTo(Duration.ofDays(MAX_DAYS)) > 0) {
            return Optional.of(Text.of("availability.check.too-long", MAX_DAYS));
        }
        return Optional.empty();
    }

    /** Every problem of an edited availability; the fields are weekly, dated and unavailable. */
    static List<FieldProblem> problems(PersonAvailability availability) {
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < availability.weekly().size(); i++) {
            WeeklyWindow window = availability.weekly().get(i);
            if (window.day() == null || window.from() == null || window.to() == null) {
                problems.add(FieldProblem.of("weekly", "availability.problem.weekly", i + 1));
            }
        }
        addProblems(problems, "dated", availability.dated());
        addProblems(problems, "unavailable", availability.unavailable());
        return problems;
    }

    /** "Extra available time 2 (Fri 10 Jul 20:00 to Fri 10 Jul 18:00): It must end after it starts" */
    private static void addProblems(List<FieldProblem> problems, String field, List<DatedWindow> windows) {
        for (int i = 0; i < windows.size(); i++) {
            DatedWindow window = windows.get(i);
            int number = i + 1;
            problemWith(window.start(), window.end()).ifPresent(problem -> problems.add(new FieldProblem(field,
                    window.start() == null || window.end() == null
                            ? Text.of("availability.problem." + field, number, problem)
                            : Text.of("availability.problem." + field + "-from-to", number, window.start(),
                            window.end(), problem))));
        }
    }
}
