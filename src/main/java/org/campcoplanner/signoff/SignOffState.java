package org.campcoplanner.signoff;

/**
 * Where a camp's roster stands: {@code pending} is the proposal waiting for staff (or null),
 * {@code published} the official revision (or null). The draft is what planners edit now; it may
 * already differ from either.
 */
public record SignOffState(RevisionSummary pending, RevisionSummary published, boolean draftDiffersFromPending,
                           boolean draftDiffersFromPublished) {

    public Stage stage() {
        if (pending != null) {
            return Stage.PROPOSED;
        }
        return published != null && !draftDiffersFromPublished ? Stage.PUBLISHED : Stage.DRAFT;
    }

    public enum Stage { DRAFT, PROPOSED, PUBLISHED }
}
