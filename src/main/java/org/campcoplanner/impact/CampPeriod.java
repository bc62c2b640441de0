package org.campcoplanner.impact;

import java.time.LocalDate;

/** A camp's name and the days of its published sessions: the period its impact page opens with. */
public record CampPeriod(String camp, LocalDate first, LocalDate last) {
}
