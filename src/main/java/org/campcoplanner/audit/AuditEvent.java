package org.campcoplanner.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.time.Instant;

/** One entry of the audit trail; written once, never changed. */
@Entity
public class AuditEvent {

    static final int MAX_SUBJECT = 500;
    static final int MAX_VALUE = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long campId;

    private Instant at;

    private String actor;

    @Enumerated(EnumType.STRING)
    private AuditAction action;

    private String subject;

    @Column(name = "before_value")
    private String before;

    @Column(name = "after_value")
    private String after;

    protected AuditEvent() {
    }

    AuditEvent(Long campId, Instant at, String actor, AuditAction action, String subject, String before, String after) {
        this.campId = campId;
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.subject = clip(subject, MAX_SUBJECT);
        this.before = clip(before, MAX_VALUE);
        this.after = clip(after, MAX_VALUE);
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    public Long getCampId() {
        return campId;
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getSubject() {
        return subject;
    }

    public String getBefore() {
        return before;
    }

    public String getAfter() {
        return after;
    }
}
