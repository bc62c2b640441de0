package org.campcoplanner.security;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

import java.util.Collection;

/**
 * A signed-in user as the application knows them: besides the login, the account's id, the name
 * shown to others and, for a volunteer, the person they are in their camp's plan.
 */
public class CampUser extends User {

    private final long accountId;
    private final long accountVersion;
    private final String displayName;
    private final Long personId;
    private final int sessionGeneration;

    public CampUser(long accountId, long accountVersion, String username, String passwordHash,
                    Collection<? extends GrantedAuthority> authorities, String displayName, Long personId,
                    int sessionGeneration) {
        super(username, passwordHash, authorities);
        this.accountId = accountId;
        this.accountVersion = accountVersion;
        this.displayName = displayName;
        this.personId = personId;
        this.sessionGeneration = sessionGeneration;
    }

    /** The account's session generation at sign-in; a higher one means its sessions were ended, say by a password reset. */
    public int sessionGeneration() {
        return sessionGeneration;
    }

    public long accountId() {
        return accountId;
    }

    /** The account's version when this user was loaded; a newer one means an admin changed the account. */
    public long accountVersion() {
        return accountVersion;
    }

    public String displayName() {
        return displayName;
    }

    /** The person this account is in a camp's plan; null for an account not linked to one. */
    public Long personId() {
        return personId;
    }
}
