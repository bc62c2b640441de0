package org.campcoplanner.credits;

import java.time.LocalDateTime;

/** Hours a person gave on one session, as a planner confirmed them: what statements and ledgers list. */
public record ConfirmedHours(String sessionId, String sessionTitle, LocalDateTime shiftStart, LocalDateTime shiftEnd,
                             double hours, String confirmedByName) {

    static ConfirmedHours of(Attendance attendance) {
        return new ConfirmedHours(attendance.getSessionId(), attendance.getSessionTitle(), attendance.getShiftStart(),
                attendance.getShiftEnd(), attendance.getHours(), attendance.getConfirmedByName());
    }
}
