package org.campcoplanner.shifts;

/** Where a request stands: the first two wait for someone, the rest are over. */
public enum ShiftRequestStatus {
    /** A swap or hand-over the other person has not answered yet. */
    WAITING_FOR_PARTNER,
    WAITING_FOR_PLANNERS,
    /** Planners took it into the draft; it is official once both sides sign. */
    ACCEPTED,
    /** Taken straight into the published roster by the camp's standing rule. */
    PUBLISHED,
    DECLINED,
    PARTNER_DECLINED,
    CANCELLED,
    /** The seats changed before it was decided, e.g. the empty seat went to someone else. */
    OVERTAKEN;

    public boolean open() {
        return this == WAITING_FOR_PARTNER || this == WAITING_FOR_PLANNERS;
    }
}
