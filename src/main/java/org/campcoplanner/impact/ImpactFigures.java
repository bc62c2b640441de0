package org.campcoplanner.impact;

import java.time.LocalDate;
import java.util.List;

/**
 * A camp's figures for the days {@code from} to {@code to}. Hours, people and sessions count
 * confirmed attendance only; seats count the published roster. {@code youthReachedForty} counts youth
 * whose confirmed hours in the camp reached 40 by {@code to}, the Ontario diploma requirement.
 * {@code ratings} holds how many reflections said 1, 2, ... 5.
 */
public record ImpactFigures(LocalDate from, LocalDate to, List<WeekFigures> weeks,
                            double residentHours, double staffHours,
                            int residents, int newResidents, int returningResidents,
                            int sessionsHeld, int sessionsJoint,
                            int youthTookPart, double youthHours, int youthReachedForty,
                            double creditsEarned, double creditsSpent,
                            int seatsFilled, int seatsEmpty, int noShows,
                            List<Integer> ratings, List<String> quotes) {

    public static final double DIPLOMA_HOURS = 40;

    /** Sessions delivered jointly as a whole percentage of the sessions held; 0 when none were held. */
    public int jointPercent() {
        return sessionsHeld == 0 ? 0 : (int) Math.round(100.0 * sessionsJoint / sessionsHeld);
    }

    public int reflections() {
        return ratings.stream().mapToInt(Integer::intValue).sum();
    }
}
