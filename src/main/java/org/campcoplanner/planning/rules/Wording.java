package org.campcoplanner.planning.rules;

import org.campcoplanner.planning.DateStyle;
import org.campcoplanner.planning.domain.SeatAssignment;
import org.campcoplanner.planning.domain.Session;
import org.campcoplanner.planning.domain.TimeBlock;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/** How sentences name sessions, seats, days and hours. */
final class Wording {

    private Wording() {
    }

    /** "Swim on Wed 22 Jul" */
    static String session(Session session) {
        return session.title() + " on " + day(session.start().toLocalDate());
    }

    /** "Helper 2 in Swim on Wed 22 Jul" */
    static String seat(SeatAssignment seat) {
        return seat.label() + " in " + session(seat.getSession());
    }

    /** "Wed 22 Jul 18:00–21:00", or "Fri 10 Jul 19:00–09:00 next day" overnight */
    static String when(LocalDateTime start, LocalDateTime end) {
        return DateStyle.when(start, end, DateStyle.UNTRANSLATED);
    }

    /** "Mon 20 Jul – Sun 26 Jul" for whole days, otherwise with times */
    static String block(TimeBlock block) {
        boolean wholeDays = block.start().toLocalTime().equals(LocalTime.MIDNIGHT)
                && block.end().toLocalTime().equals(LocalTime.MIDNIGHT);
        if (!wholeDays) {
            return when(block.start(), block.end());
        }
        return DateStyle.days(block.start().toLocalDate(), block.end().toLocalDate().minusDays(1), DateStyle.UNTRANSLATED);
    }

    static String day(LocalDate day) {
        return DateStyle.day(day, DateStyle.UNTRANSLATED);
    }

    static String hours(long minutes) {
        long whole = minutes / 60;
        long rest = minutes % 60;
        return rest == 0 ? whole + " h" : whole + " h " + rest + " min";
    }
}
