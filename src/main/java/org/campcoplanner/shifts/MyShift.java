package org.campcoplanner.shifts;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One of a person's published shifts, in the camp's local time. {@code with} are the first names
 * of the others on the session; {@code withdrawn} when the person said they can't make it.
 */
public record MyShift(long campId, int revision, String sessionId, String title, String activity, String site,
                      String address, LocalDateTime start, LocalDateTime end, String role, int index,
                      List<String> with, boolean withdrawn) {

    public double hours() {
        return Duration.between(start, end).toMinutes() / 60.0;
    }

    public boolean overnight() {
        return !start.toLocalDate().equals(end.toLocalDate());
    }
}
