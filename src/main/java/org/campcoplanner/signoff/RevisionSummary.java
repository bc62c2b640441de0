package org.campcoplanner.signoff;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.Map;

/**
 * A revision as the sign-off page and the API show it, without its frozen plan: who signed it by
 * username ({@code proposedBy}, {@code decidedBy}) and by the name people know them by.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RevisionSummary(int number, RevisionStatus status, int emptySeats, String proposedBy,
                              String proposedByName, Instant proposedAt, String decidedBy, String decidedByName,
                              Instant decidedAt, String comment) {

    /** The same without who signed, for volunteers: planners' logins are not theirs to see. */
    RevisionSummary withoutSigners() {
        return new RevisionSummary(number, status, emptySeats, null, null, proposedAt, null, null, decidedAt, null);
    }

    /** @param names each signer's name by username */
    static RevisionSummary of(RosterRevision revision, Map<String, String> names) {
        return new RevisionSummary(revision.getNumber(), revision.getStatus(), revision.getEmptySeats(),
                revision.getProposedBy(), names.getOrDefault(revision.getProposedBy(), revision.getProposedBy()),
                revision.getProposedAt(), revision.getDecidedBy(),
                revision.getDecidedBy() == null ? null : names.getOrDefault(revision.getDecidedBy(), revision.getDecidedBy()),
                revision.getDecidedAt(), revision.getComment());
    }
}
