package org.campcoplanner.camp;

import java.time.LocalDate;
import java.util.Map;

/**
 * A camp's own settings as planners edit them: its days, zone and planning rules. {@code version}
 * is the one the planner saw (ignored when creating). {@code offersStraightToPublished} lets volunteers' offers
 * for empty seats into the published roster without a new sign-off when they break no hard rule.
 */
public record CampSettings(String name, String neighbourhood, String timeZone, LocalDate startDate, LocalDate endDate,
                           int travelMinutesBetweenSites, Map<String, Integer> childrenPerAdult,
                           boolean youthNeedGuardianConsent, boolean offersStraightToPublished, SoftRuleWeights weights,
                           long version) {

    /**
     * A camp created in the app asks for guardians' consents unless its planners say otherwise; a plan
     * file that says nothing means the opposite, so that importing an older file changes nothing.
     */
    public static final boolean NEW_CAMPS_NEED_GUARDIAN_CONSENT = true;
}
