package org.campcoplanner.reflections;

import jakarta.persistence.Entity;
import org.campcoplanner.base.VersionedEntity;

import java.time.Instant;
import java.time.LocalDateTime;

/** What one person said about one session they were on; one per person and session. */
@Entity
public class Reflection extends VersionedEntity {

    private long campId;
    private long personId;
    private String sessionId;
    private String sessionTitle;
    private LocalDateTime sessionStart;
    private LocalDateTime sessionEnd;
    private int rating;
    private String story;
    private boolean quoteAllowed;
    private boolean youth;
    private String reviewedBy;
    private Instant writtenAt;

    protected Reflection() {
    }

    Reflection(long campId, long personId, String sessionId, String sessionTitle, LocalDateTime sessionStart,
               LocalDateTime sessionEnd) {
        this.campId = campId;
        this.personId = personId;
        this.sessionId = sessionId;
        this.sessionTitle = sessionTitle;
        this.sessionStart = sessionStart;
        this.sessionEnd = sessionEnd;
    }

    /** A new wording needs a new review: a planner approved the words, not the person. */
    void write(int rating, String story, boolean quoteAllowed, boolean youth, Instant at) {
        this.rating = rating;
        this.story = story;
        this.quoteAllowed = quoteAllowed;
        this.youth = youth;
        this.reviewedBy = null;
        this.writtenAt = at;
    }

    void reviewedBy(String plannerName) {
        this.reviewedBy = plannerName;
    }

    /** Whether the camp's report may quote it (without the author's name). */
    boolean quotable() {
        return quoteAllowed && story != null && (!youth || reviewedBy != null);
    }

    boolean waitsForReview() {
        return quoteAllowed && story != null && youth && reviewedBy == null;
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

    public LocalDateTime getSessionStart() {
        return sessionStart;
    }

    public LocalDateTime getSessionEnd() {
        return sessionEnd;
    }

    public int getRating() {
        return rating;
    }

    public String getStory() {
        return story;
    }

    public boolean isQuoteAllowed() {
        return quoteAllowed;
    }

    public boolean isYouth() {
        return youth;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }
}
