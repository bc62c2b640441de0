package org.campcoplanner.signoff;

import java.time.Instant;

/** A revision as the sign-off page and the API show it, without its frozen plan. */
public record RevisionSummary(int number, RevisionStatus status, int emptySeats, String proposedBy, Instant proposedAt,
                              String decidedBy, Instant decidedAt, String comment) {

    static RevisionSummary of(RosterRevision revision) {
        return new RevisionSummary(revision.getNumber(), revision.getStatus(), revision.getEmptySeats(),
                revision.getProposedBy(), revision.getProposedAt(), revision.getDecidedBy(), revision.getDecidedAt(),
                revision.getComment());
    }
}
