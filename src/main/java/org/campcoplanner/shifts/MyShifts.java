package org.campcoplanner.shifts;

import java.util.List;

/**
 * A person's published shifts, upcoming and past, and their hours this week against what they
 * pledged (null when they pledged nothing). {@code revision} is null while nothing is published.
 */
public record MyShifts(String name, long campId, String camp, String timeZone, Integer revision,
                       List<MyShift> upcoming, List<MyShift> past, double hoursThisWeek,
                       Double pledgedHoursPerWeek) {
}
