package org.campcoplanner.account;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import org.campcoplanner.base.VersionedEntity;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/** A login: its role, the camps it plans and, for a volunteer, the person it is in a camp's plan. */
@Entity
public class UserAccount extends VersionedEntity {

    private String username;

    private String displayName;

    private String passwordHash;

    @Enumerated(EnumType.STRING)
    private Role role;

    private Long personId;

    private Instant createdAt;

    private String calendarToken;

    private String email;

    private String preferredLanguage;

    private int sessionGeneration;

    @ElementCollection
    @CollectionTable(name = "camp_member", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "camp_id")
    private Set<Long> campIds = new HashSet<>();

    protected UserAccount() {
    }

    UserAccount(String username, String displayName, String passwordHash, Role role, Instant createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.createdAt = createdAt;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public Role getRole() {
        return role;
    }

    void setRole(Role role) {
        this.role = role;
    }

    public Long getPersonId() {
        return personId;
    }

    void setPersonId(Long personId) {
        this.personId = personId;
    }

    public Set<Long> getCampIds() {
        return Set.copyOf(campIds);
    }

    void setCampIds(Set<Long> campIds) {
        this.campIds.clear();
        this.campIds.addAll(campIds);
    }

    String getCalendarToken() {
        return calendarToken;
    }

    void setCalendarToken(String calendarToken) {
        this.calendarToken = calendarToken;
    }

    /** Where messages to the account are emailed; null when the account gets them in the app only. */
    public String getEmail() {
        return email;
    }

    void setEmail(String email) {
        this.email = email;
    }

    /** The language tag the account reads the app in; null until it has one. */
    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    void setPreferredLanguage(String preferredLanguage) {
        this.preferredLanguage = preferredLanguage;
    }

    int getSessionGeneration() {
        return sessionGeneration;
    }

    /** Every session signed in so far ends on its next request. */
    void endSessions() {
        sessionGeneration++;
    }
}
