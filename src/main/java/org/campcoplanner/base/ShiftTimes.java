package org.campcoplanner.base;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Shift times as people read them; an overnight shift names both days. */
public final class ShiftTimes {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.CANADA);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.CANADA);

    private ShiftTimes() {
    }

    /** "Tue. 7 Jul. 10:00" */
    public static String at(LocalDateTime start) {
        return DAY.format(start) + " " + TIME.format(start);
    }

    public static String when(LocalDateTime start, LocalDateTime end) {
        String from = at(start);
        return start.toLocalDate().equals(end.toLocalDate()) ? from + "-" + TIME.format(end)
                : from + " to " + DAY.format(end) + " " + TIME.format(end);
    }
}
