package org.campcoplanner.planning.explain;

import org.campcoplanner.planning.rules.RuleNames;

import java.util.List;

/**
 * A person considered for one seat: whether they can take it without breaking a hard rule, the
 * score change if they did ({@code null} when the solver would never offer them the seat), what
 * it does to the roster in words ({@code null} likewise), and the reasons when they cannot.
 * A reason reads "rule: what happens", e.g. "unavailable: away Wed 8 Jul 00:00 – Sat 11 Jul 00:00".
 */
public record SeatCandidate(String personId, String name, boolean fits, String scoreChange, String gain,
                            List<String> reasons) {

    /** The rule that keeps them out of the seat, in the score panel's words: the first reason's. */
    public String cannotBecause() {
        return reasons.isEmpty() ? "Other rules" : ruleOf(reasons.get(0));
    }

    /** The rule a reason is about, named as the score panel names it. */
    public static String ruleOf(String reason) {
        int colon = reason.indexOf(": ");
        String rule = colon < 0 ? reason : reason.substring(0, colon);
        return switch (rule) {
            case "unavailable" -> RuleNames.AVAILABILITY;
            case "kind" -> RuleNames.KINDS;
            case "credential" -> RuleNames.CREDENTIALS;
            default -> rule;
        };
    }

    /** What happens, without the rule's name: "away Wed 8 Jul 00:00 – Sat 11 Jul 00:00". */
    public static String detailOf(String reason) {
        int colon = reason.indexOf(": ");
        return colon < 0 ? reason : reason.substring(colon + 2);
    }
}
