package org.campcoplanner.reflections;

/**
 * A reflection as the camp's planners read it, with its author's name. {@code reviewedBy} names the
 * planner who let a youth's story be quoted; null until then.
 */
public record SessionReflection(long id, long version, String planPersonId, String name, int rating, String story,
                                boolean quoteAllowed, boolean youth, String reviewedBy) {

    public boolean waitsForReview() {
        return quoteAllowed && story != null && youth && reviewedBy == null;
    }
}
