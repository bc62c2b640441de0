package org.campcoplanner.roster;

import java.time.Duration;

/** A better roster found while solving a camp. */
public record SolveProgress(long campId, Duration elapsed, String score, long filledSeats, int seats) {
}
