package org.campcoplanner.planning.generator;

import org.campcoplanner.planning.format.CampPlan;

/**
 * Plants a full legal roster on a camp: every seat filled under hard rules 1-6. Where a
 * planting leaves seats empty, the camp is reinforced with what those seats lacked and planted
 * again from the start, so that the final roster is one planting with nothing patched in.
 */
final class RosterPlanter {

    /** Reinforcing fills the seats it is asked about, so a few rounds are enough; more means a defect. */
    private static final int MOST_ROUNDS = 25;

    private final Chance chance;
    private final Reinforcements reinforcements;

    RosterPlanter(CampCalendar calendar, Chance chance) {
        this.chance = chance.split();
        this.reinforcements = new Reinforcements(calendar, chance.split());
    }

    /** The planting of the reinforced camp in which every seat is filled. */
    Planting plant(CampPlan plan) {
        CampPlan camp = plan;
        for (int round = 0; round < MOST_ROUNDS; round++) {
            Planting planting = Planting.of(camp, chance.split());
            if (planting.unfilled().isEmpty()) {
                return planting;
            }
            camp = reinforcements.reinforce(planting);
        }
        throw new IllegalStateException("no full roster could be planted on " + plan.camp().name()
                + " in " + MOST_ROUNDS + " rounds");
    }
}
