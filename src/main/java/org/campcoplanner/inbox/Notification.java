package org.campcoplanner.inbox;

import jakarta.persistence.Entity;
import org.campcoplanner.base.VersionedEntity;

import java.time.Instant;

/**
 * A message to a person of a camp or to an account (a planner, whether or not they are a person of
 * the camp), read in the app and, where mail is set up, also sent by email. {@code link} is the page
 * where the reader acts on it, a path inside the app.
 */
@Entity
public class Notification extends VersionedEntity {

    private Long personId;

    private Long accountId;

    private Long campId;

    private Instant createdAt;

    private String subject;

    private String body;

    private Instant readAt;

    private boolean emailed;

    private String link;

    protected Notification() {
    }

    private Notification(Long personId, Long accountId, Long campId, Instant createdAt, String subject, String body,
                         String link) {
        this.personId = personId;
        this.accountId = accountId;
        this.campId = campId;
        this.createdAt = createdAt;
        this.subject = subject;
        this.body = body;
        this.link = link;
    }

    static Notification toPerson(long personId, long campId, Instant createdAt, String subject, String body,
                                 String link) {
        return new Notification(personId, null, campId, createdAt, subject, body, link);
    }

    static Notification toAccount(long accountId, Long campId, Instant createdAt, String subject, String body,
                                  String link) {
        return new Notification(null, accountId, campId, createdAt, subject, body, link);
    }

    /** The person it is for, or null when it is for an account. */
    public Long getPersonId() {
        return personId;
    }

    /** The account it is for, or null when it is for a person. */
    public Long getAccountId() {
        return accountId;
    }

    public String getLink() {
        return link;
    }

    /** The camp it is about; null for a message about the reader's account itself. */
    public Long getCampId() {
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
