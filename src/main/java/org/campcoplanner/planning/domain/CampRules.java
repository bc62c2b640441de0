package org.campcoplanner.planning.domain;

/** The camp's planning rules the constraints read while solving. */
public record CampRules(int travelMinutesBetweenSites, SoftRuleWeights weights) {
}
