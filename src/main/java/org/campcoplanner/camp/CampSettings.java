package org.campcoplanner.camp;

import java.time.LocalDate;
import java.util.Map;

/**
 * A camp's own settings as planners edit them: its days, zone and planning rules. {@code version}
 * is the one the planner saw (ignored when creating).
 */
public record CampSettings(String name, String neighbourhood, String timeZone, LocalDate startDate, LocalDate endDate,
                           int travelMinutesBetweenSites, Map<String, Integer> childrenPerAdult,
                           SoftRuleWeights weights, long version) {
}
