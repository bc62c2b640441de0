package org.campcoplanner.account;

import java.util.Set;

/** An account as the admin's list shows it; {@code version} guards against concurrent edits. */
public record AccountSummary(long id, long version, String username, String displayName, Role role,
                             Set<Long> campIds, Long personId, boolean locked) {
}
