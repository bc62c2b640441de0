package org.campcoplanner.camp.ui;

import org.campcoplanner.planning.format.CampPlan;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The times of day that matter to residents planning around work and family: evenings, weekends, nights. */
enum SessionTiming {
    EVENING, WEEKEND, OVERNIGHT;

    private static final LocalTime EVENING_STARTS = LocalTime.of(17, 0);

    /** The key of its badge's word: "Evening". */
    String key() {
        return "camp.timing." + name().toLowerCase(Locale.ROOT);
    }

    static List<SessionTiming> of(CampPlan.Session session) {
        List<SessionTiming> timings = new ArrayList<>();
        boolean overnight = session.end().toLocalDate().isAfter(session.start().toLocalDate())
                && session.end().toLocalTime().isAfter(LocalTime.MIDNIGHT);
        if (overnight) {
            timings.add(OVERNIGHT);
        } else if (!session.start().toLocalTime().isBefore(EVENING_STARTS)) {
            timings.add(EVENING);
        }
        DayOfWeek day = session.start().getDayOfWeek();
        if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
            timings.add(WEEKEND);
        }
        return timings;
    }
}
