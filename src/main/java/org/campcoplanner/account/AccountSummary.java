package org.campcoplanner.account;

import java.util.Set;

/**
 * An account as the admin's list shows it; {@code version} guards against concurrent edits,
 * {@code personName} names the linked person (null without one), and {@code slowed} says that its
 * sign-ins are slowed down after wrong passwords.
 */
public record AccountSummary(long id, long version, String username, String displayName, Role role,
                             Set<Long> campIds, Long personId, String personName, String email, boolean slowed) {
}
