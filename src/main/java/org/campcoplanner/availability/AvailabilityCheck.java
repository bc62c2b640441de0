package org.campcoplanner.availability;

import org.campcoplanner.base.InvalidFormException.FieldProblem;
import org.campcoplanner.camp.DatedWindow;
import org.campcoplanner.camp.WeeklyWindow;
import org.campcoplanner.planning.DateStyle;
import org.campcoplanner.planning.Text;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

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

    /**
     * Every problem of an edited availability; the fields are weekly, dated and unavailable.
     *
     * @param say the words for a window's problem, in the language the refusal is written in
     */
    static List<FieldProblem> problems(PersonAvailability availability, Function<Text, String> say) {
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < availability.weekly().size(); i++) {
            WeeklyWindow window = availability.weekly().get(i);
            if (window.day() == null || window.from() == null || window.to() == null) {
                problems.add(new FieldProblem("weekly", "Weekly window " + (i + 1) + ": it needs a day, a start and an end"));
            }
        }
        addProblems(problems, "dated", "Extra available time", availability.dated(), say);
        addProblems(problems, "unavailable", "Unavailable time", availability.unavailable(), say);
        return problems;
    }

    private static void addProblems(List<FieldProblem> problems, String field, String inWords, List<DatedWindow> windows,
                                    Function<Text, String> say) {
        for (int i = 0; i < windows.size(); i++) {
            DatedWindow window = windows.get(i);
            String where = inWords + " " + (i + 1) + describe(window) + ": ";
            problemWith(window.start(), window.end())
                    .ifPresent(problem -> problems.add(new FieldProblem(field, where + say.apply(problem))));
        }
    }

    private static String describe(DatedWindow window) {
        return window.start() == null || window.end() == null ? ""
                : " (" + DateStyle.dayTime(window.start(), DateStyle.UNTRANSLATED) + " to "
                        + DateStyle.dayTime(window.end(), DateStyle.UNTRANSLATED) + ")";
    }
}
