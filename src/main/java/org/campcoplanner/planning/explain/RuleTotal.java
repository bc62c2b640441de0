package org.campcoplanner.planning.explain;

import java.util.List;

/** A rule's share of the score and every match behind it. */
public record RuleTotal(String rule, String impact, boolean hard, int matches, List<Breach> breaches) {
}
