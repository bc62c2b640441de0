package org.campcoplanner.camp;

import org.campcoplanner.planning.format.CampPlan;
import org.campcoplanner.planning.generator.CampGenerator;
import org.campcoplanner.planning.generator.CampSize;

/** The demo camp every new user sees: always the same plan. */
public final class DemoCamp {

    private static final long SEED = 2026L;

    private DemoCamp() {
    }

    public static CampPlan plan() {
        return new CampGenerator().generate(CampSize.DEMO, SEED);
    }
}
