package org.campcoplanner.sessions;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One occurrence of a session as edited by hand, with its seats line by line; {@code version}
 * is the one the planner saw.
 */
public record SessionForm(String sessionId, String title, String activity, String siteId, LocalDateTime start,
                          LocalDateTime end, int children, String ageGroup, List<SeatLine> seats, long version) {
}
