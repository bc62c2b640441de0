package org.campcoplanner.account;

import java.util.Set;

/**
 * An account as an admin enters it. Leaders and staff name the camps they plan; a volunteer names
 * the person they are in a camp's plan. The email address, where messages to the account go, is optional.
 */
public record NewAccount(String username, String displayName, Role role, String password, Set<Long> campIds,
                         Long personId, String email) {

    /** An account that gets its messages in the app only. */
    public NewAccount(String username, String displayName, Role role, String password, Set<Long> campIds,
                      Long personId) {
        this(username, displayName, role, password, campIds, personId, null);
    }
}
