package org.campcoplanner.roster;

import org.campcoplanner.planning.format.CampPlan;
import org.campcoplanner.planning.format.PlanReader;
import org.campcoplanner.planning.format.TestPlans;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PublishedBaselineTest {

    private final CampPlan camp = new PlanReader().read(TestPlans.read(TestPlans.SMALL_CAMP));

    @Test
    void seatsRemovedSincePublicationHaveNothingToKeep() {
        CampPlan.Assignment kept = new CampPlan.Assignment("s1", "Helper", 2, "p1", false);
        CampPlan.Assignment helperSeatRemoved = new CampPlan.Assignment("s2", "Helper", 2, "p2", false);
        CampPlan.Assignment sessionRemoved = new CampPlan.Assignment("gone", "Lead", 1, "p3", false);
        PublishedBaseline.Revision published = new PublishedBaseline.Revision(1,
                camp.withAssignments(List.of(kept, helperSeatRemoved, sessionRemoved)));

        assertThat(published.seatsStillIn(camp)).containsExactly(kept);
    }
}
