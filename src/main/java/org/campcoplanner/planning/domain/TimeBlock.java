package org.campcoplanner.planning.domain;

import java.time.LocalDateTime;

/** A stretch of wall-clock time, such as a holiday. */
public record TimeBlock(LocalDateTime start, LocalDateTime end) {

    public boolean overlaps(LocalDateTime otherStart, LocalDateTime otherEnd) {
        return start.isBefore(otherEnd) && otherStart.isBefore(end);
    }
}
