package org.campcoplanner.planning.rules;

import org.campcoplanner.planning.domain.SeatAssignment;
import org.campcoplanner.planning.domain.Session;
import org.campcoplanner.planning.domain.TimeBlock;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How sentences name sessions, seats, days and hours. */
final class Wording {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH);
    private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEE MMM d", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private Wording() {
    }

    /** "Swim on Jul 22" */
    static String session(Session session) {
        return session.title() + " on " + DAY.format(session.start());
    }

    /** "Helper 2 in Swim on Jul 22" */
    static String seat(SeatAssignment seat) {
        return seat.label() + " in " + session(seat.getSession());
    }

    /** "Wed Jul 22 18:00-21:00", or "Fri Jul 10 19:00 to Sat Jul 11 09:00" overnight */
    static String when(LocalDateTime start, LocalDateTime end) {
        if (start.toLocalDate().equals(end.toLocalDate()) || end.equals(start.toLocalDate().plusDays(1).atStartOfDay())) {
            return WEEKDAY.format(start) + " " + TIME.format(start) + "-" + TIME.format(end);
        }
        return WEEKDAY.format(start) + " " + TIME.format(start) + " to " + WEEKDAY.format(end) + " " + TIME.format(end);
    }

    /** "Jul 20-26" for whole days, otherwise with times */
    static String block(TimeBlock block) {
        boolean wholeDays = block.start().toLocalTime().equals(LocalTime.MIDNIGHT)
                && block.end().toLocalTime().equals(LocalTime.MIDNIGHT);
        if (!wholeDays) {
            return when(block.start(), block.end());
        }
        LocalDate first = block.start().toLocalDate();
        LocalDate last = block.end().toLocalDate().minusDays(1);
        if (first.equals(last)) {
            return DAY.format(first);
        }
        return first.getMonth() == last.getMonth()
                ? DAY.format(first) + "-" + last.getDayOfMonth()
                : DAY.format(first) + " - " + DAY.format(last);
    }

    static String day(LocalDate day) {
        return WEEKDAY.format(day);
    }

    static String hours(long minutes) {
        long whole = minutes / 60;
        long rest = minutes % 60;
        return rest == 0 ? whole + " h" : whole + " h " + rest + " min";
    }
}
