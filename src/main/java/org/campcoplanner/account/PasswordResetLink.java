package org.campcoplanner.account;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.campcoplanner.base.VersionedEntity;

import java.time.Instant;

/** A one-time link to set a new password, kept as the hash of its secret. */
@Entity
@Table(name = "password_reset_link")
class PasswordResetLink extends VersionedEntity {

    private long accountId;
    private String secretHash;
    private Instant createdAt;
    private Instant expiresAt;
    private Instant usedAt;

    protected PasswordResetLink() {
    }

    PasswordResetLink(long accountId, String secretHash, Instant createdAt, Instant expiresAt) {
        this.accountId = accountId;
        this.secretHash = secretHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    long getAccountId() {
        return accountId;
    }

    /** Unused and not expired at {@code now}. */
    boolean opensAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    void use(Instant now) {
        usedAt = now;
    }
}
