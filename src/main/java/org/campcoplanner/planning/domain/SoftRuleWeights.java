package org.campcoplanner.planning.domain;

import org.campcoplanner.planning.format.CampPlan;


/**
 * Weights of the soft rules 8-14; 0 switches a rule off. The defaults put the rules on one
 * scale of roughly "minutes of a person's time": fairness counts squared minutes off the pledge
 * per 60, overtime counts minutes, and the per-match rules are worth that many minutes.
 */
public record SoftRuleWeights(int fairness, int staffOutsideStandardHours, int coDelivery, int peerSupport,
                              int continuity, int preferences, int stability) {

    public static final SoftRuleWeights DEFAULTS = new SoftRuleWeights(1, 1, 120, 60, 30, 20, 1000);

    /** The camp's own weights where set, the defaults elsewhere. */
    public static SoftRuleWeights from(CampPlan.Weights weights) {
        if (weights == null) {
            return DEFAULTS;
        }
        return new SoftRuleWeights(
                orDefault(weights.fairness(), DEFAULTS.fairness),
                orDefault(weights.staffOutsideStandardHours(), DEFAULTS.staffOutsideStandardHours),
                orDefault(weights.coDelivery(), DEFAULTS.coDelivery),
                orDefault(weights.peerSupport(), DEFAULTS.peerSupport),
                orDefault(weights.continuity(), DEFAULTS.continuity),
                orDefault(weights.preferences(), DEFAULTS.preferences),
                orDefault(weights.stability(), DEFAULTS.stability));
    }

    private static int orDefault(Integer value, int fallback) {
        return value == null ? fallback : value;
    }
}
