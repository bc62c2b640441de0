package org.campcoplanner.shifts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.campcoplanner.base.VersionedEntity;

import java.time.Instant;
import java.time.LocalDateTime;

/**
 * A person asking for a change to a seat of the published roster: to take an empty seat, to swap
 * one of their shifts with a partner's, or to hand one over to a partner. The seats are named as
 * in the plan, with their times kept for the words shown when the session has changed since.
 */
@Entity
public class ShiftRequest extends VersionedEntity {

    private long campId;

    @Enumerated(EnumType.STRING)
    private ShiftRequestKind kind;

    @Enumerated(EnumType.STRING)
    private ShiftRequestStatus status;

    private long personId;

    private int revisionNumber;

    private String sessionId;

    private String role;

    @Column(name = "seat_index")
    private int index;

    private LocalDateTime shiftStart;

    private LocalDateTime shiftEnd;

    private Long partnerId;

    private String partnerSessionId;

    private String partnerRole;

    @Column(name = "partner_seat_index")
    private Integer partnerIndex;

    private LocalDateTime partnerShiftStart;

    private LocalDateTime partnerShiftEnd;

    private Instant createdAt;

    private Instant partnerAnsweredAt;

    private String decidedBy;

    private Instant decidedAt;

    private String answer;

    protected ShiftRequest() {
    }

    private ShiftRequest(long campId, ShiftRequestKind kind, ShiftRequestStatus status, long personId, int revisionNumber,
                         RequestedSeat seat, Instant createdAt) {
        this.campId = campId;
        this.kind = kind;
        this.status = status;
        this.personId = personId;
        this.revisionNumber = revisionNumber;
        this.sessionId = seat.sessionId();
        this.role = seat.role();
        this.index = seat.index();
        this.shiftStart = seat.start();
        this.shiftEnd = seat.end();
        this.createdAt = createdAt;
    }

    static ShiftRequest offer(long campId, long personId, int revision, RequestedSeat seat, Instant at) {
        return new ShiftRequest(campId, ShiftRequestKind.OFFER, ShiftRequestStatus.WAITING_FOR_PLANNERS, personId,
                revision, seat, at);
    }

    /** A swap when {@code theirs} is a seat, a hand-over when it is null. */
    static ShiftRequest withPartner(long campId, long personId, int revision, RequestedSeat mine, long partnerId,
                                    RequestedSeat theirs, Instant at) {
        ShiftRequest request = new ShiftRequest(campId, theirs == null ? ShiftRequestKind.HAND_OVER : ShiftRequestKind.SWAP,
                ShiftRequestStatus.WAITING_FOR_PARTNER, personId, revision, mine, at);
        request.partnerId = partnerId;
        if (theirs != null) {
            request.partnerSessionId = theirs.sessionId();
            request.partnerRole = theirs.role();
            request.partnerIndex = theirs.index();
            request.partnerShiftStart = theirs.start();
            request.partnerShiftEnd = theirs.end();
        }
        return request;
    }

    RequestedSeat seat() {
        return new RequestedSeat(sessionId, role, index, shiftStart, shiftEnd);
    }

    /** The partner's seat of a swap; null for other kinds. */
    RequestedSeat partnerSeat() {
        return partnerSessionId == null ? null
                : new RequestedSeat(partnerSessionId, partnerRole, partnerIndex, partnerShiftStart, partnerShiftEnd);
    }

    void partnerAnswered(boolean agreed, Instant at) {
        status = agreed ? ShiftRequestStatus.WAITING_FOR_PLANNERS : ShiftRequestStatus.PARTNER_DECLINED;
        partnerAnsweredAt = at;
    }

    void decided(ShiftRequestStatus decision, String by, Instant at, String withAnswer) {
        status = decision;
        decidedBy = by;
        decidedAt = at;
        answer = withAnswer;
    }

    public long getCampId() {
        return campId;
    }

    public ShiftRequestKind getKind() {
        return kind;
    }

    public ShiftRequestStatus getStatus() {
        return status;
    }

    public long getPersonId() {
        return personId;
    }

    public int getRevisionNumber() {
        return revisionNumber;
    }

    public Long getPartnerId() {
        return partnerId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getAnswer() {
        return answer;
    }
}
