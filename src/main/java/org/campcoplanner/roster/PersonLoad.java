package org.campcoplanner.roster;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** One person's part of the draft: their shifts, and per week the hours against their pledge. */
public record PersonLoad(String personId, String name, List<Shift> shifts, List<Week> weeks) {

    public record Shift(String sessionId, String title, String seat, LocalDateTime start, LocalDateTime end) {
    }

    /** Minutes in the week, the pledge for it (null: none) and, for staff, minutes outside standard hours. */
    public record Week(LocalDate monday, int minutes, Integer pledgedMinutes, int minutesOutsideStandardHours) {
    }
}
