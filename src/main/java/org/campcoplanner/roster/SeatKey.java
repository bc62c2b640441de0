package org.campcoplanner.roster;

import org.campcoplanner.camp.Seat;

/** A seat as plan files name it: the session's id, the role and the number within that role. */
public record SeatKey(String session, String role, int index) {

    static SeatKey of(Seat seat) {
        return new SeatKey(seat.getSession().getExternalId(), seat.getRole(), seat.getRoleIndex());
    }

    @Override
    public String toString() {
        return role + " " + index + " of " + session;
    }
}
