package org.campcoplanner.signoff;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.campcoplanner.base.VersionedEntity;

import java.time.Instant;

/**
 * A numbered revision of a camp's roster, frozen when a leader signed it: the whole plan in the
 * interchange format, so later edits of sessions, people or seats never change what was signed.
 */
@Entity
public class RosterRevision extends VersionedEntity {

    private long campId;

    private int number;

    @Enumerated(EnumType.STRING)
    private RevisionStatus status;

    private String planJson;

    private int emptySeats;

    private String proposedBy;

    private Instant proposedAt;

    private String decidedBy;

    private Instant decidedAt;

    private String comment;

    protected RosterRevision() {
    }

    RosterRevision(long campId, int number, String planJson, int emptySeats, String proposedBy, Instant proposedAt) {
        this.campId = campId;
        this.number = number;
        this.status = RevisionStatus.PROPOSED;
        this.planJson = planJson;
        this.emptySeats = emptySeats;
        this.proposedBy = proposedBy;
        this.proposedAt = proposedAt;
    }

    void decide(RevisionStatus decision, String by, Instant at, String withComment) {
        this.status = decision;
        this.decidedBy = by;
        this.decidedAt = at;
        this.comment = withComment;
    }

    void setStatus(RevisionStatus status) {
        this.status = status;
    }

    public long getCampId() {
        return campId;
    }

    public int getNumber() {
        return number;
    }

    public RevisionStatus getStatus() {
        return status;
    }

    String getPlanJson() {
        return planJson;
    }

    public int getEmptySeats() {
        return emptySeats;
    }

    public String getProposedBy() {
        return proposedBy;
    }

    public Instant getProposedAt() {
        return proposedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getComment() {
        return comment;
    }
}
