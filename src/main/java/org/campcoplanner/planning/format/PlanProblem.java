package org.campcoplanner.planning.format;

/**
 * One thing wrong with a plan document.
 *
 * @param path    where, as a JSON path such as {@code $.sessions[3].end}
 * @param message why, in words a planner understands
 */
public record PlanProblem(String path, String message) {

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
