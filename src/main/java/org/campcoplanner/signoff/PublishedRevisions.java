package org.campcoplanner.signoff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.campcoplanner.planning.format.CampPlan;
import org.campcoplanner.planning.format.PlanJson;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The published revision of a camp with its frozen plan, for features that derive what each
 * person sees from it (their shifts, calendar, reminders). Not access-checked: callers hand out
 * only what the signed-in person may see.
 */
@Component
public class PublishedRevisions {

    private final RosterRevisionRepository revisions;
    private final ObjectMapper json = PlanJson.mapper();

    PublishedRevisions(RosterRevisionRepository revisions) {
        this.revisions = revisions;
    }

    public record Published(long campId, int number, Instant publishedAt, CampPlan plan) {
    }

    @Transactional(readOnly = true)
    public Optional<Published> of(long campId) {
        return revisions.findByCampIdAndStatus(campId, RevisionStatus.PUBLISHED).map(this::published);
    }

    /** Every camp's published revision. */
    @Transactional(readOnly = true)
    public List<Published> all() {
        return revisions.findByStatus(RevisionStatus.PUBLISHED).stream().map(this::published).toList();
    }

    Published published(RosterRevision revision) {
        try {
            return new Published(revision.getCampId(), revision.getNumber(), revision.getDecidedAt(),
                    json.readValue(revision.getPlanJson(), CampPlan.class));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("Revision " + revision.getNumber() + " of camp " + revision.getCampId()
                    + " is not readable", e);
        }
    }
}
