package org.campcoplanner.signoff;

import org.campcoplanner.planning.format.CampPlan;
import org.campcoplanner.roster.PublishedBaseline;
import org.campcoplanner.roster.SeatsMoved;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** The published revision for solving, and the distance from it counted by the same diff that publishing shows. */
@Component
class PublishedBaselineOfRevisions implements PublishedBaseline {

    private final PublishedRevisions revisions;

    PublishedBaselineOfRevisions(PublishedRevisions revisions) {
        this.revisions = revisions;
    }

    @Override
    public Optional<Revision> of(long campId) {
        return revisions.of(campId).map(published -> new Revision(published.number(), published.plan()));
    }

    @Override
    public SeatsMoved compare(Revision published, CampPlan roster) {
        // the roster is not numbered yet; the number only shows in notifications, which this never sends
        RosterDiff diff = RosterDiff.between(published.number(), published.plan(), published.number() + 1, roster,
                null);
        return new SeatsMoved(published.number(), diff.changes().size(), diff.affectedPeople().size());
    }
}
