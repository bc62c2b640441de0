package org.campcoplanner.credits;

import jakarta.persistence.Entity;
import org.campcoplanner.base.VersionedEntity;

import java.time.Instant;

/** Time credits someone spent, recorded by a planner, e.g. a camp place for their child. */
@Entity
public class CreditSpent extends VersionedEntity {

    private long campId;
    private long personId;
    private double hours;
    private String what;
    private String recordedBy;
    private Instant recordedAt;

    protected CreditSpent() {
    }

    CreditSpent(long campId, long personId, double hours, String what, String recordedBy, Instant recordedAt) {
        this.campId = campId;
        this.personId = personId;
        this.hours = hours;
        this.what = what;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public long getPersonId() {
        return personId;
    }

    public double getHours() {
        return hours;
    }

    public String getWhat() {
        return what;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
