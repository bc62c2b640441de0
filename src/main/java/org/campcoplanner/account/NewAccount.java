package org.campcoplanner.account;

import java.util.Set;

/**
 * An account as an admin enters it. Leaders and staff name the camps they plan; a volunteer names
 * the person they are in a camp's plan.
 */
public record NewAccount(String username, String displayName, Role role, String password, Set<Long> campIds,
                         Long personId) {
}
