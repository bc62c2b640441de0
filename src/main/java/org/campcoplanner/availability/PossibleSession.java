package org.campcoplanner.availability;

import java.time.LocalDateTime;

/** A session of the camp that someone's availability covers (rule 1 only: seats, limits and rest are not checked). */
public record PossibleSession(long sessionId, String title, LocalDateTime start, LocalDateTime end, String siteName) {
}
