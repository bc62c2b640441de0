package org.campcoplanner.shifts;

import java.time.LocalDateTime;
import java.util.List;

/**
 * Someone of the camp a shift could go to, by the name volunteers know each other by, with their
 * upcoming shifts that could be swapped for it.
 */
public record SwapPartner(long personId, String name, List<Shift> shifts) {

    public record Shift(String sessionId, String title, LocalDateTime start, LocalDateTime end, String role, int index) {
    }
}
