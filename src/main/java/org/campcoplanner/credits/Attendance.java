package org.campcoplanner.credits;

import jakarta.persistence.Entity;
import org.campcoplanner.base.VersionedEntity;

import java.time.Instant;
import java.time.LocalDateTime;

/** Someone's confirmed attendance at a session: it earns one time credit per hour, whatever the task. */
@Entity
public class Attendance extends VersionedEntity {

    private long campId;
    private long personId;
    private String sessionId;
    private String sessionTitle;
    private LocalDateTime shiftStart;
    private LocalDateTime shiftEnd;
    private double hours;
    private String confirmedBy;
    private String confirmedByName;
    private Instant confirmedAt;

    protected Attendance() {
    }

    Attendance(long campId, long personId, String sessionId, String sessionTitle, LocalDateTime shiftStart,
               LocalDateTime shiftEnd, double hours, String confirmedBy, String confirmedByName, Instant confirmedAt) {
        this.campId = campId;
        this.personId = personId;
        this.sessionId = sessionId;
        this.sessionTitle = sessionTitle;
        this.shiftStart = shiftStart;
        this.shiftEnd = shiftEnd;
        this.hours = hours;
        this.confirmedBy = confirmedBy;
        this.confirmedByName = confirmedByName;
        this.confirmedAt = confirmedAt;
    }

    public long getCampId() {
        return campId;
    }

    public long getPersonId() {
        return personId;
    }

    public String getSessionId() {
        return sessionId;
    }

    public String getSessionTitle() {
        return sessionTitle;
    }

    public LocalDateTime getShiftStart() {
        return shiftStart;
    }

    public LocalDateTime getShiftEnd() {
        return shiftEnd;
    }

    public double getHours() {
        return hours;
    }

    public String getConfirmedBy() {
        return confirmedBy;
    }

    public String getConfirmedByName() {
        return confirmedByName;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }
}
