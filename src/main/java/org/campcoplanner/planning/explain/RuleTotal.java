package org.campcoplanner.planning.explain;

import java.util.List;

/** A rule's share of the score and every match behind it. */
public record RuleTotal(String rule, String impact, boolean hard, int matches, List<Breach> breaches) {

    /** How many different people the rule's matches are about. */
    public int people() {
        return (int) breaches.stream().flatMap(breach -> breach.people().stream()).distinct().count();
    }

    /** How many different sessions the rule's matches are about. */
    public int sessions() {
        return (int) breaches.stream().flatMap(breach -> breach.sessions().stream()).distinct().count();
    }
}
