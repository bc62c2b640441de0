package org.campcoplanner.reflections;

import java.time.LocalDateTime;

/**
 * A reflection as the impact figures count it: no author. {@code quote} is the story when the
 * report may quote it, else null.
 */
public record ReflectionFact(String sessionId, LocalDateTime sessionStart, int rating, String quote) {
}
