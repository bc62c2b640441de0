package org.campcoplanner.reflections;

import java.time.LocalDateTime;

/**
 * A session the signed-in person was on and may reflect on; {@code mine} is what they wrote
 * already, null for nothing yet. {@code youth}: their story is quoted only after a planner's review.
 */
public record SessionToReflect(String sessionId, String title, LocalDateTime start, LocalDateTime end,
                               boolean youth, MyReflection mine) {
}
