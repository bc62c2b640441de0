package org.campcoplanner.planning.explain;

import java.util.List;

/**
 * A person considered for one seat: whether they can take it without breaking a hard rule, the
 * score change if they did ({@code null} when the solver would never offer them the seat), and
 * the reasons when they cannot.
 */
public record SeatCandidate(String personId, String name, boolean fits, String scoreChange, List<String> reasons) {
}
