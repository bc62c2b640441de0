package org.campcoplanner.roster;

import org.campcoplanner.planning.format.CampPlan;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The published revision a solve of the draft keeps to (rule 14), and how far a roster has moved
 * from it. Sign-off owns revisions and depends on this package, so it provides the implementation
 * and this package never depends on sign-off. Not access-checked: callers check the camp.
 */
public interface PublishedBaseline {

    /** The camp's published revision; empty while nothing is published. */
    Optional<Revision> of(long campId);

    /** Seat by seat, as the sign-off page counts it, how far {@code roster} is from {@code published}. */
    SeatsMoved compare(Revision published, CampPlan roster);

    record Revision(int number, CampPlan plan) {

        /**
         * The published seats that {@code roster} still has: a session or seat removed since
         * publication leaves nothing to keep.
         */
        public List<CampPlan.Assignment> seatsStillIn(CampPlan roster) {
            Map<String, Integer> seatsPerRole = new HashMap<>();
            for (CampPlan.Session session : roster.sessions()) {
                for (CampPlan.SeatGroup group : session.seats()) {
                    seatsPerRole.merge(session.id() + "/" + group.role(), group.count() == null ? 1 : group.count(),
                            Integer::sum);
                }
            }
            return plan.assignments().stream()
                    .filter(seat -> seat.index() <= seatsPerRole.getOrDefault(seat.session() + "/" + seat.role(), 0))
                    .toList();
        }
    }
}
