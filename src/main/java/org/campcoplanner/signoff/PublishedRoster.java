package org.campcoplanner.signoff;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDateTime;
import java.util.List;

/**
 * The official roster of a camp as the caller may see it. Planners see who sits where by plan
 * id; a volunteer sees names only, and their own plan id on their own shifts ({@code mine}).
 * Contact details are never part of it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PublishedRoster(long campId, String camp, String timeZone, RevisionSummary revision,
                              List<Shift> shifts) {

    /** Volunteers see each other by first name only. */
    public static String firstName(String name) {
        return name.strip().split("\\s+")[0];
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Shift(String sessionId, String title, String site, String address, LocalDateTime start,
                        LocalDateTime end, String role, int index, String personId, String name, boolean mine) {
    }
}
