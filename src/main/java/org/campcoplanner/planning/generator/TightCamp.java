package org.campcoplanner.planning.generator;

import org.campcoplanner.planning.format.CampPlan;
import org.campcoplanner.planning.format.CampPlan.Assignment;

import java.util.List;

/**
 * A camp on which a full legal roster was planted before its people were tightened around it:
 * {@code plan} has no assignments, so a solver starts from nothing, and {@code plantedRoster}
 * fills every seat of it with 0 hard and 0 medium.
 */
public record TightCamp(CampPlan plan, List<Assignment> plantedRoster) {

    public TightCamp {
        plantedRoster = List.copyOf(plantedRoster);
    }

    /** The plan with the planted roster as its assignments. */
    public CampPlan withPlantedRoster() {
        return plan.withAssignments(plantedRoster);
    }
}
