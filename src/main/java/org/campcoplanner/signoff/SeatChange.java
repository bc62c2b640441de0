package org.campcoplanner.signoff;

import java.time.LocalDateTime;

/** One seat whose person differs between two revisions: who goes out, who comes in (either may be nobody). */
public record SeatChange(String sessionId, String title, String site, LocalDateTime start, LocalDateTime end,
                         String role, int index, String outId, String outName, String inId, String inName) {

    public String seat() {
        return role + " " + index;
    }
}
