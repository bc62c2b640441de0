package org.campcoplanner.shifts;

/**
 * What re-planning after a withdrawal did to the draft: whether someone legal took the seat, how
 * many other seats changed against the published roster, and the new score. The draft then goes
 * through dual sign-off like any other.
 */
public record ReplanOutcome(boolean vacatedSeatFilled, int otherSeatsChanged, String score) {
}
