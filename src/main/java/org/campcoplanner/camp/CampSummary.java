package org.campcoplanner.camp;

import java.time.LocalDate;

/** A camp as listed: what it is, when, and how big. */
public record CampSummary(long id, String name, String neighbourhood, LocalDate startDate, LocalDate endDate,
                          int sites, int sessions, int people) {
}
