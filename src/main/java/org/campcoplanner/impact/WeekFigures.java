package org.campcoplanner.impact;

import java.time.LocalDate;

/** One week of a camp (Monday to Sunday): confirmed hours by residents and staff, and published seats. */
public record WeekFigures(LocalDate monday, double residentHours, double staffHours, int seatsFilled, int seatsEmpty) {
}
