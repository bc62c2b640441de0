package org.campcoplanner.sessions;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

/**
 * A recurring session as planners say it: "every Tue and Thu 18:00–21:00 from Mon 6 Jul to Fri 28 Aug
 * at Exhibition Park". A {@code to} not after {@code from} runs into the next day (a camp-out).
 */
public record SeriesForm(String name, String title, String activity, String siteId, Set<DayOfWeek> days,
                         LocalTime from, LocalTime to, LocalDate firstDay, LocalDate lastDay, int children,
                         String ageGroup, List<SeatLine> seats) {
}
