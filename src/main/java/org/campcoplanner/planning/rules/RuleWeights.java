package org.campcoplanner.planning.rules;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.campcoplanner.planning.domain.SoftRuleWeights;

import java.util.Map;

/** A camp's soft rule weights as Timefold constraint weights. */
public final class RuleWeights {

    private RuleWeights() {
    }

    public static ConstraintWeightOverrides<HardMediumSoftLongScore> overrides(SoftRuleWeights weights) {
        return ConstraintWeightOverrides.of(Map.of(
                RuleNames.FAIRNESS, soft(weights.fairness()),
                RuleNames.STAFF_OUTSIDE_STANDARD_HOURS, soft(weights.staffOutsideStandardHours()),
                RuleNames.CO_DELIVERY, soft(weights.coDelivery()),
                RuleNames.PEER_SUPPORT, soft(weights.peerSupport()),
                RuleNames.CONTINUITY, soft(weights.continuity()),
                RuleNames.LIKED_ACTIVITIES, soft(weights.preferences()),
                RuleNames.DISLIKED_ACTIVITIES, soft(weights.preferences()),
                RuleNames.STABILITY, soft(weights.stability())));
    }

    private static HardMediumSoftLongScore soft(int weight) {
        return HardMediumSoftLongScore.ofSoft(weight);
    }
}
