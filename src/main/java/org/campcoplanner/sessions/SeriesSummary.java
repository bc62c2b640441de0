package org.campcoplanner.sessions;

import java.time.LocalDate;
import java.time.LocalTime;

/** A series as listed: its name, what and where, when, and how many sessions it has. */
public record SeriesSummary(String name, String title, String siteName, LocalTime from, LocalTime to,
                            LocalDate firstDay, LocalDate lastDay, int sessions) {
}
