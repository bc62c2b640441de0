package org.campcoplanner.planning.explain;

import java.util.List;

/** The score of a roster, rule by rule, with sentences to look up by person or by session. */
public record RosterExplanation(String score, List<RuleTotal> rules) {

    public List<Breach> breaches() {
        return rules.stream().flatMap(rule -> rule.breaches().stream()).toList();
    }

    /** Broken hard rules only: what stops the roster from being signed. */
    public List<Breach> hardBreaches() {
        return rules.stream().filter(RuleTotal::hard).flatMap(rule -> rule.breaches().stream()).toList();
    }

    public List<Breach> aboutPerson(String personId) {
        return breaches().stream().filter(breach -> breach.people().contains(personId)).toList();
    }

    public List<Breach> aboutSession(String sessionId) {
        return breaches().stream().filter(breach -> breach.sessions().contains(sessionId)).toList();
    }
}
