package org.campcoplanner.planning.explain;

import org.campcoplanner.planning.Text;
import org.campcoplanner.planning.rules.RuleNames;

import java.util.List;

/**
 * A person considered for one seat: whether they can take it without breaking a hard rule, the
 * score change if they did ({@code null} when the solver would never offer them the seat), what
 * it does to the roster in words ({@code null} likewise), and the reasons when they cannot.
 */
public record SeatCandidate(String personId, String name, boolean fits, String scoreChange, Text gain,
                            List<Reason> reasons) {

    /**
     * Why someone cannot take the seat: the rule ({@code RuleNames}) and what happens, without the
     * rule's name, e.g. {@link RuleNames#AVAILABILITY} and "away Wed 8 Jul 00:00 – Sat 11 Jul 00:00".
     */
    public record Reason(String rule, Text detail) {
    }

    /** The rule that keeps them out of the seat, as the score panel names it: the first reason's. */
    public String cannotBecause() {
        return reasons.isEmpty() ? RuleNames.OTHER_RULES : reasons.get(0).rule();
    }
}
