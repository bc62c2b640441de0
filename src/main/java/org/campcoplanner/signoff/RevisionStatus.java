package org.campcoplanner.signoff;

/** Where a signed revision stands; see DOMAIN.md section 4. */
public enum RevisionStatus {
    /** A leader signed it; it waits for a staff member. */
    PROPOSED,
    /** A leader proposed a newer revision before staff decided on this one. */
    WITHDRAWN,
    /** Staff asked for changes, with a comment; the camp is back to its draft. */
    CHANGES_REQUESTED,
    /** Both sides signed it: the official roster volunteers see. */
    PUBLISHED,
    /** Was published; a later revision has replaced it. */
    SUPERSEDED
}
