package org.campcoplanner.signoff;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;

/** A revision as the sign-off page and the API show it, without its frozen plan. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RevisionSummary(int number, RevisionStatus status, int emptySeats, String proposedBy, Instant proposedAt,
                              String decidedBy, Instant decidedAt, String comment) {

    /** The same without who signed, for volunteers: planners' logins are not theirs to see. */
    RevisionSummary withoutSigners() {
        return new RevisionSummary(number, status, emptySeats, null, proposedAt, null, decidedAt, null);
    }

    static RevisionSummary of(RosterRevision revision) {
        return new RevisionSummary(revision.getNumber(), revision.getStatus(), revision.getEmptySeats(),
                revision.getProposedBy(), revision.getProposedAt(), revision.getDecidedBy(), revision.getDecidedAt(),
                revision.getComment());
    }
}
