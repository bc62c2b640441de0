package org.campcoplanner.shifts;

import org.campcoplanner.camp.CampPlanService;
import org.campcoplanner.planning.format.CampPlan;
import org.campcoplanner.roster.PublishedBaseline;
import org.campcoplanner.roster.SeatKey;
import org.campcoplanner.signoff.PublishedRevisions;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * The roster a person's request is checked on: the published seats, with the camp's sessions and
 * people as they are now (someone may have marked time away since the roster was signed), and the
 * draft planners are working on.
 */
@Component
class RosterFacing {

    private final PublishedRevisions published;
    private final CampPlanService campPlans;

    RosterFacing(PublishedRevisions published, CampPlanService campPlans) {
        this.published = published;
        this.campPlans = campPlans;
    }

    record Facing(int revision, CampPlan published, CampPlan draft) {

        CampPlan.Session session(String id) {
            return published.sessions().stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
        }

        CampPlan.Site site(String id) {
            return published.sites().stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
        }

        /** Who sits in the published seat: a plan id, or null when it is empty or no such seat exists. */
        String publishedIn(SeatKey key) {
            return RequestCheck.personIn(published, key);
        }

        String draftIn(SeatKey key) {
            return RequestCheck.personIn(draft, key);
        }

        boolean hasSeat(SeatKey key) {
            CampPlan.Session session = session(key.session());
            return session != null && session.seats().stream().filter(group -> group.role().equals(key.role()))
                    .mapToInt(group -> group.count() == null ? 1 : group.count()).sum() >= key.index()
                    && key.index() >= 1;
        }
    }

    /** Empty while the camp has no published roster. */
    Optional<Facing> of(long campId) {
        return published.of(campId).map(revision -> {
            CampPlan draft = campPlans.planForChecks(campId);
            CampPlan seats = draft.withAssignments(new PublishedBaseline.Revision(revision.number(), revision.plan())
                    .seatsStillIn(draft));
            return new Facing(revision.number(), seats, draft);
        });
    }
}
