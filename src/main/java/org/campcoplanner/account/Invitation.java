package org.campcoplanner.account;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.campcoplanner.base.VersionedEntity;

import java.time.Instant;

/** An emailed one-time link for one person of a camp to make their own account, kept as its secret's hash. */
@Entity
@Table(name = "invitation")
class Invitation extends VersionedEntity {

    private long campId;
    private long personId;
    private String email;
    private String secretHash;
    private String invitedBy;
    private Instant sentAt;
    private Instant expiresAt;
    private Instant acceptedAt;
    private Instant revokedAt;
    private Long accountId;

    protected Invitation() {
    }

    Invitation(long campId, long personId, String email, String secretHash, String invitedBy, Instant sentAt,
               Instant expiresAt) {
        this.campId = campId;
        this.personId = personId;
        this.email = email;
        this.secretHash = secretHash;
        this.invitedBy = invitedBy;
        this.sentAt = sentAt;
        this.expiresAt = expiresAt;
    }

    InvitationStatus statusAt(Instant now) {
        if (acceptedAt != null) {
            return InvitationStatus.ACCEPTED;
        }
        if (revokedAt != null) {
            return InvitationStatus.REVOKED;
        }
        return now.isBefore(expiresAt) ? InvitationStatus.SENT : InvitationStatus.EXPIRED;
    }

    void revoke(Instant now) {
        revokedAt = now;
    }

    void accept(Instant now, long account) {
        acceptedAt = now;
        accountId = account;
    }

    long getCampId() {
        return campId;
    }

    long getPersonId() {
        return personId;
    }

    String getEmail() {
        return email;
    }

    Instant getSentAt() {
        return sentAt;
    }

    Instant getExpiresAt() {
        return expiresAt;
    }

    Long getAccountId() {
        return accountId;
    }
}
