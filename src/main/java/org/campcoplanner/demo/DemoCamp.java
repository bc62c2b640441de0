package org.campcoplanner.demo;

import org.campcoplanner.planning.format.CampPlan;
import org.campcoplanner.planning.generator.CampGenerator;
import org.campcoplanner.planning.generator.CampSize;

/** The demo camps every new user sees: always the same plans. */
public final class DemoCamp {

    private static final long SEED = 2026L;
    private static final long SECOND_SEED = 2027L;

    public static final String NAME = "Brant Avenue Summer Camp 2026";
    public static final String SECOND_NAME = "Onward Willow Summer Camp 2026";

    private DemoCamp() {
    }

    /** The camp the demo leader, staff member and volunteer belong to. */
    public static CampPlan plan() {
        return new CampGenerator().generate(CampSize.DEMO, SEED);
    }

    /** A smaller camp of another neighbourhood, planned by a second leader: shows that camps are kept apart. */
    public static CampPlan secondPlan() {
        return new CampGenerator().generate(CampSize.S, SECOND_SEED);
    }
}
