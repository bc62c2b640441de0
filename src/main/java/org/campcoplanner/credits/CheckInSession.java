package org.campcoplanner.credits;

import java.time.LocalDateTime;

/** A published session that people can be checked in to. */
public record CheckInSession(String id, String title, String site, LocalDateTime start, LocalDateTime end) {
}
