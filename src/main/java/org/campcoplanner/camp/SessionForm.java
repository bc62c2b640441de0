package org.campcoplanner.camp;

import java.time.LocalDateTime;

/** One occurrence of a session as edited by hand; {@code version} is the one the planner saw. */
public record SessionForm(String sessionId, String title, String activity, String siteId, LocalDateTime start,
                          LocalDateTime end, int children, String ageGroup, long version) {
}
