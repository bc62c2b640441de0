package org.campcoplanner.shifts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import org.campcoplanner.base.VersionedEntity;

import java.time.Instant;
import java.time.LocalDateTime;

/** A person's "I can't make it" for a seat of a published revision; open until planners re-plan it. */
@Entity
public class Withdrawal extends VersionedEntity {

    private long campId;

    private long personId;

    private int revisionNumber;

    private String sessionId;

    private String role;

    @Column(name = "seat_index")
    private int index;

    private LocalDateTime shiftStart;

    private LocalDateTime shiftEnd;

    private String reason;

    private Instant createdAt;

    private Instant replannedAt;

    private String replannedBy;

    protected Withdrawal() {
    }

    Withdrawal(long campId, long personId, MyShift shift, String reason, Instant createdAt) {
        this.campId = campId;
        this.personId = personId;
        this.revisionNumber = shift.revision();
        this.sessionId = shift.sessionId();
        this.role = shift.role();
        this.index = shift.index();
        this.shiftStart = shift.start();
        this.shiftEnd = shift.end();
        this.reason = reason;
        this.createdAt = createdAt;
    }

    void replanned(String by, Instant at) {
        this.replannedBy = by;
        this.replannedAt = at;
    }

    public long getCampId() {
        return campId;
    }

    public long getPersonId() {
        return personId;
    }

    public int getRevisionNumber() {
        return revisionNumber;
    }

    public String getSessionId() {
        return sessionId;
    }

    public String getRole() {
        return role;
    }

    public int getIndex() {
        return index;
    }

    public LocalDateTime getShiftStart() {
        return shiftStart;
    }

    public LocalDateTime getShiftEnd() {
        return shiftEnd;
    }

    public String getReason() {
        return reason;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReplannedAt() {
        return replannedAt;
    }

    public String getReplannedBy() {
        return replannedBy;
    }
}
