package org.campcoplanner.inbox;

import jakarta.persistence.Entity;
import org.campcoplanner.base.VersionedEntity;

import java.time.Instant;

/** A message to a person of a camp, read in the app and, where mail is set up, also sent by email. */
@Entity
public class Notification extends VersionedEntity {

    private long personId;

    private long campId;

    private Instant createdAt;

    private String subject;

    private String body;

    private Instant readAt;

    private boolean emailed;

    protected Notification() {
    }

    Notification(long personId, long campId, Instant createdAt, String subject, String body) {
        this.personId = personId;
        this.campId = campId;
        this.createdAt = createdAt;
        this.subject = subject;
        this.body = body;
    }

    public long getPersonId() {
        return personId;
    }

    public long getCampId() {
        return campId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public Instant getReadAt() {
        return readAt;
    }

    void setReadAt(Instant readAt) {
        this.readAt = readAt;
    }

    public boolean isEmailed() {
        return emailed;
    }

    void setEmailed(boolean emailed) {
        this.emailed = emailed;
    }
}
