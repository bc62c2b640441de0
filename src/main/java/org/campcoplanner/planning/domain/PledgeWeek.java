package org.campcoplanner.planning.domain;

import java.time.LocalDate;

/**
 * A week of the camp in which a person pledged hours; one exists for every such person and week,
 * so that a week with no shifts at all still counts as far from the pledge.
 *
 * @param pledgedMinutes the pledge for this week, in proportion to the camp days it has
 */
public record PledgeWeek(Person person, int week, LocalDate monday, int pledgedMinutes) {
}
