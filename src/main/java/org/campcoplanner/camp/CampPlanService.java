package org.campcoplanner.camp;

import org.campcoplanner.audit.AuditAction;
import org.campcoplanner.audit.AuditTrail;
import org.campcoplanner.planning.format.CampPlan;
import org.campcoplanner.planning.format.InvalidPlanException;
import org.campcoplanner.planning.format.PlanReader;
import org.springframework.security.access.prepost.PostFilter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;

/**
 * Imports and exports whole camp plans. An import is all or nothing: a plan with any problem is
 * refused with every problem listed, and nothing is stored.
 */
@Service
public class CampPlanService {

    private final CampRepository camps;
    private final AssignmentRepository assignments;
    private final Clock clock;
    private final AuditTrail audit;
    private final PlanReader reader = new PlanReader();

    CampPlanService(CampRepository camps, AssignmentRepository assignments, Clock clock, AuditTrail audit) {
        this.audit = audit;
        this.camps = camps;
        this.assignments = assignments;
        this.clock = clock;
    }

    /**
     * Validates and stores a plan document as a new camp.
     *
     * @return the new camp's id
     * @throws InvalidPlanException listing every problem, when the document is not a valid plan
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public long importPlan(String json) {
        return importPlan(reader.read(json));
    }

    /** Stores an already validated plan as a new camp and returns its id. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public long importPlan(CampPlan plan) {
        PlanToEntities.Result mapped = new PlanToEntities().map(plan, clock.instant());
        Camp camp = camps.save(mapped.camp());
        assignments.saveAll(mapped.assignments());
        audit.record(camp.getId(), AuditAction.PLAN_IMPORTED, "Camp " + plan.camp().name() + " created",
                null, plan.sites().size() + " sites, " + plan.sessions().size() + " sessions, "
                        + plan.people().size() + " people, " + plan.assignments().size() + " assignments");
        return camp.getId();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@campAccess.canPlan(#campId)")
    public CampPlan exportPlan(long campId) {
        Camp camp = camps.getCamp(campId);
        return EntitiesToPlan.map(camp, assignments.findByCamp(campId));
    }

    /**
     * The camp's plan as it stands, for checking a change a person of the camp asks for (taking an
     * empty seat, a swap). Not access-checked: callers use it to decide, never hand it out.
     */
    @Transactional(readOnly = true)
    public CampPlan planForChecks(long campId) {
        return EntitiesToPlan.map(camps.getCamp(campId), assignments.findByCamp(campId));
    }

    /** Whether volunteers' offers for empty seats go straight into the camp's published roster. Not access-checked. */
    @Transactional(readOnly = true)
    public boolean offersStraightToPublished(long campId) {
        return camps.getCamp(campId).isOffersStraightToPublished();
    }

    /**
     * For calls whose answer would otherwise be empty for a camp that does not exist: they answer
     * "no such camp" like every other call.
     *
     * @throws CampNotFoundException when there is no camp with the id
     */
    @Transactional(readOnly = true)
    @PreAuthorize("@campAccess.canSeePublished(#campId)")
    public void requireCamp(long campId) {
        if (!camps.existsById(campId)) {
            throw new CampNotFoundException(campId);
        }
    }

    @Transactional(readOnly = true)
    @PostFilter("@campAccess.canSeePublished(filterObject.id())")
    public List<CampSummary> listCamps() {
        return camps.findSummaries();
    }

    @Transactional(readOnly = true)
    public boolean hasCamps() {
        return camps.count() > 0;
    }
}
