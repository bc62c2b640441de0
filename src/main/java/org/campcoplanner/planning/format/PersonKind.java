package org.campcoplanner.planning.format;

/** The three kinds of people who can be rostered. */
public enum PersonKind {
    VOLUNTEER, LEADER, STAFF;

    /** Residents are the people who live in the neighbourhood: leaders and volunteers. */
    public boolean isResident() {
        return this != STAFF;
    }
}
