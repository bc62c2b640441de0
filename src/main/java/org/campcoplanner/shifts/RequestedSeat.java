package org.campcoplanner.shifts;

import org.campcoplanner.roster.SeatKey;

import java.time.LocalDateTime;

/** A seat a request is about, as the plan names it, with its session's times when asked. */
public record RequestedSeat(String sessionId, String role, int index, LocalDateTime start, LocalDateTime end) {

    SeatKey key() {
        return new SeatKey(sessionId, role, index);
    }

    boolean is(String session, String seatRole, int seatIndex) {
        return sessionId.equals(session) && role.equals(seatRole) && index == seatIndex;
    }
}
