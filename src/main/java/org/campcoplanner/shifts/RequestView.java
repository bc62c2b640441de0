package org.campcoplanner.shifts;

import org.campcoplanner.planning.Text;

import java.time.Instant;

/**
 * A shift request as a page shows it: what is asked in words, where it stands, and what the
 * reader may do with it ({@code toAnswer}: it waits for the reader, the partner who says yes or no
 * or a planner who decides; {@code toCancel}: the reader asked and it is still open).
 */
public record RequestView(long id, ShiftRequestKind kind, ShiftRequestStatus status, Text what, Text standing,
                          Instant askedAt, boolean toAnswer, boolean toCancel) {
}
