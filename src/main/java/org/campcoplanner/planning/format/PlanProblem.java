package org.campcoplanner.planning.format;

import org.campcoplanner.planning.Text;

import java.util.Objects;

/**
 * One thing wrong with a plan document.
 *
 * @param path   where, as a JSON path such as {@code $.sessions[3].end}
 * @param reason why, in words a planner understands: a key of {@code i18n/format.properties} with
 *               its parameters (numbers, field names and ids as written), said in the reader's language
 *               by whoever shows it ({@code format.problem} says the two together: "path: reason")
 */
public record PlanProblem(String path, Text reason) {

    public PlanProblem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(reason, "reason");
    }

    public static PlanProblem of(String path, String key, Object... args) {
        return new PlanProblem(path, Text.of(key, args));
    }

    /** The problem and its reason together, to be said as "path: reason". */
    public Text said() {
        return Text.of("format.problem", path, reason);
    }
}
