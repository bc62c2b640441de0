package org.campcoplanner.roster;

import org.campcoplanner.camp.Assignment;

/**
 * Who sits in a seat of the draft roster and whether it is pinned, with the version of the
 * stored assignment (-1 and no person when the seat was never assigned).
 */
public record SeatState(String person, boolean pinned, long version) {

    public static final SeatState NEVER_ASSIGNED = new SeatState(null, false, -1);

    static SeatState of(Assignment assignment) {
        if (assignment == null) {
            return NEVER_ASSIGNED;
        }
        return new SeatState(assignment.getPerson() == null ? null : assignment.getPerson().getExternalId(),
                assignment.isPinned(), assignment.getVersion());
    }
}
