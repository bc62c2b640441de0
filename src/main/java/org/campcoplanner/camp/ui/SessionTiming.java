package org.campcoplanner.camp.ui;

import org.campcoplanner.planning.format.CampPlan;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** The times of day that matter to residents planning around work and family: evenings, weekends, nights. */
enum SessionTiming {
    EVENING("Evening"), WEEKEND("Weekend"), OVERNIGHT("Overnight");

    private static final LocalTime EVENING_STARTS = LocalTime.of(17, 0);

    private final String label;

    SessionTiming(String label) {
        this.label = label;
    }

    String label() {
        return label;
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
