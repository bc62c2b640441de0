package org.campcoplanner.shifts;

import java.time.LocalDateTime;

/** A withdrawal planners still have to re-plan, as their pages show it. */
public record OpenWithdrawal(long id, String person, String sessionId, String role, int index, LocalDateTime start,
                             LocalDateTime end, String reason) {
}
