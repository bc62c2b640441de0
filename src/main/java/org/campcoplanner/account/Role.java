package org.campcoplanner.account;

/** What an account may do; see DOMAIN.md section 1. */
public enum Role {
    /** City coordinator: creates camps and accounts and assigns them. */
    ADMIN,
    /** City staff: plans the camps they belong to and approves rosters. */
    STAFF,
    /** Neighbourhood leader: plans the camps they belong to and proposes rosters. */
    LEADER,
    /** Sees their own published shifts only. */
    VOLUNTEER;

    public String authority() {
        return "ROLE_" + name();
    }

    public boolean plans() {
        return this == STAFF || this == LEADER;
    }
}
