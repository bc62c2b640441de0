package org.campcoplanner.credits;

import java.time.LocalDateTime;

/** One confirmed attendance of a camp's person, for figures and exports. */
public record AttendedShift(long personId, String sessionId, String sessionTitle, LocalDateTime start,
                            LocalDateTime end, double hours, String confirmedByName) {

    static AttendedShift of(Attendance attendance) {
        return new AttendedShift(attendance.getPersonId(), attendance.getSessionId(), attendance.getSessionTitle(),
                attendance.getShiftStart(), attendance.getShiftEnd(), attendance.getHours(),
                attendance.getConfirmedByName());
    }
}
