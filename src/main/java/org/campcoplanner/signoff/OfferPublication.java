package org.campcoplanner.signoff;

import org.campcoplanner.audit.AuditAction;
import org.campcoplanner.audit.AuditTrail;
import org.campcoplanner.planning.format.CampPlan;
import org.campcoplanner.planning.format.PlanWriter;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A camp's standing rule that a volunteer's offer for an empty seat goes straight into the
 * published roster: the published revision plus that one seat becomes the next published revision.
 * The planners agreed to it beforehand by switching the rule on; nothing else changes, so no new
 * signatures are asked. Not access-checked: the caller decided the offer stands.
 */
@Component
public class OfferPublication {

    private final RosterRevisionRepository revisions;
    private final PublishedRevisions published;
    private final AuditTrail audit;
    private final Clock clock;
    private final PlanWriter writer = new PlanWriter();

    OfferPublication(RosterRevisionRepository revisions, PublishedRevisions published, AuditTrail audit, Clock clock) {
        this.revisions = revisions;
        this.published = published;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Publishes revision {@code expectedRevision} with the seat taken as the next revision.
     *
     * @param takenBy the username of the volunteer who offered
     * @return the new revision's number; empty when a proposal is waiting for staff (publishing
     *         around it would be undone by its approval) or another revision was published meanwhile
     */
    @Transactional
    public Optional<Integer> publishTakenSeat(long campId, int expectedRevision, CampPlan.Assignment taken,
                                              String takenBy, String inWords) {
        revisions.lockCamp(campId);
        if (revisions.findByCampIdAndStatus(campId, RevisionStatus.PROPOSED).isPresent()) {
            return Optional.empty();
        }
        Optional<RosterRevision> current = revisions.lockPublished(campId);
        if (current.isEmpty() || current.get().getNumber() != expectedRevision) {
            return Optional.empty();
        }
        CampPlan plan = published.published(current.get()).plan();
        List<CampPlan.Assignment> seats = new ArrayList<>(plan.assignments().stream()
                .filter(a -> !(a.session().equals(taken.session()) && a.role().equals(taken.role())
                        && a.index() == taken.index()))
                .toList());
        seats.add(taken);
        int number = revisions.findFirstByCampIdOrderByNumberDesc(campId).map(RosterRevision::getNumber).orElse(0) + 1;
        RosterRevision next = new RosterRevision(campId, number, writer.write(plan.withAssignments(seats)),
                Math.max(0, current.get().getEmptySeats() - 1), takenBy, clock.instant());
        current.get().setStatus(RevisionStatus.SUPERSEDED);
        next.decide(RevisionStatus.PUBLISHED, null, clock.instant(), null);
        revisions.saveAndFlush(next);
        audit.record(campId, AuditAction.PUBLISHED, "Revision " + number + " published by the camp's rule for offers: "
                + inWords, "revision " + expectedRevision, "1 empty seat taken");
        return Optional.of(number);
    }
}
