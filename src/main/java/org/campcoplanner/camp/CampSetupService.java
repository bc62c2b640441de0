package org.campcoplanner.camp;

import org.campcoplanner.audit.AuditAction;
import org.campcoplanner.audit.AuditTrail;
import org.campcoplanner.base.FormText;
import org.campcoplanner.base.InvalidFormException;
import org.campcoplanner.planning.Text;
import org.campcoplanner.planning.format.CampPlan;
import org.campcoplanner.planning.format.PlanProblem;
import org.campcoplanner.planning.format.PlanReader;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Creating a camp and changing its settings and sites, with the checks of a plan import (a known
 * time zone, days in order, every session still within the camp's days, ratios of at least 1).
 */
@Service
public class CampSetupService {

    private final CampRepository camps;
    private final CampPlanService campPlans;
    private final Clock clock;
    private final AuditTrail audit;
    private final PlanReader checks = new PlanReader();

    CampSetupService(CampRepository camps, CampPlanService campPlans, Clock clock, AuditTrail audit) {
        this.audit = audit;
        this.camps = camps;
        this.campPlans = campPlans;
        this.clock = clock;
    }

    /**
     * A new camp with its first site; returns its id. The settings come from the new-camp form, which
     * starts with {@link CampSettings#NEW_CAMPS_NEED_GUARDIAN_CONSENT}.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public long create(CampSettings settings, String firstSiteName, String firstSiteAddress) {
        CampPlan plan = new CampPlan(CampPlan.FORMAT_VERSION, null, campOf(settings),
                List.of(new CampPlan.Site("site1", firstSiteName, FormText.blankToNull(firstSiteAddress))), List.of(), List.of(), null);
        refuseIfInvalid(plan);
        return campPlans.importPlan(plan);
    }

    /** The camp's sites, without loading the rest of the plan. */
    @Transactional(readOnly = true)
    @PreAuthorize("@campAccess.canPlan(#campId)")
    public List<CampPlan.Site> sites(long campId) {
        return camps.getCamp(campId).getSites().stream().map(EntitiesToPlan::site).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@campAccess.canPlan(#campId)")
    public CampSettings load(long campId) {
        Camp camp = camps.getCamp(campId);
        return new CampSettings(camp.getName(), camp.getNeighbourhood(), camp.getTimeZone(), camp.getStartDate(),
                camp.getEndDate(), camp.getTravelMinutesBetweenSites(), new TreeMap<>(camp.getChildrenPerAdult()),
                camp.isYouthNeedGuardianConsent(), camp.isOffersStraightToPublished(), camp.getWeights(), camp.getVersion());
    }

    /**
     * Saves changed settings if nobody changed them since the planner loaded them; otherwise
     * {@link CampChangedMeanwhileException} names what the other planner changed.
     */
    @Transactional
    @PreAuthorize("@campAccess.canPlan(#campId)")
    public void update(long campId, CampSettings seen, CampSettings edited) {
        CampPlan plan = campPlans.exportPlan(campId);
        refuseIfInvalid(new CampPlan(plan.formatVersion(), null, campOf(edited), plan.sites(), plan.people(),
                plan.sessions(), plan.assignments()));
        Camp camp = camps.getCamp(campId);
        if (camp.getVersion() != edited.version()) {
            throw new CampChangedMeanwhileException(camp.getName(), changedFields(seen, load(campId)));
        }
        audit.record(campId, AuditAction.CAMP_SETTINGS_CHANGED, "Camp settings: " + String.join(", ",
                changedFields(seen, edited)), seen.toString(), edited.toString());
        camp.setName(edited.name());
        camp.setNeighbourhood(FormText.blankToNull(edited.neighbourhood()));
        camp.setTimeZone(edited.timeZone());
        camp.setStartDate(edited.startDate());
        camp.setEndDate(edited.endDate());
        camp.setTravelMinutesBetweenSites(edited.travelMinutesBetweenSites());
        camp.getChildrenPerAdult().clear();
        camp.getChildrenPerAdult().putAll(edited.childrenPerAdult());
        camp.setYouthNeedGuardianConsent(edited.youthNeedGuardianConsent());
        camp.setOffersStraightToPublished(edited.offersStraightToPublished());
        camp.setWeights(edited.weights());
    }

    @Transactional
    @PreAuthorize("@campAccess.canPlan(#campId)")
    public void addSite(long campId, String name, String address) {
        if (name == null || name.isBlank()) {
            throw new InvalidFormException(List.of(InvalidFormException.FieldProblem.of("siteName", "camp.settings.problem.site-name")));
        }
        Camp camp = camps.getCamp(campId);
        int number = camp.getSites().size() + 1;
        while (hasSite(camp, "site" + number)) {
            number++;
        }
        camp.addSite("site" + number, name.strip(), FormText.blankToNull(address));
        audit.record(campId, AuditAction.SITE_ADDED, "Site " + name.strip(), null, FormText.blankToNull(address));
    }

    private static boolean hasSite(Camp camp, String id) {
        return camp.getSites().stream().anyMatch(site -> site.getExternalId().equals(id));
    }

    private void refuseIfInvalid(CampPlan plan) {
        Map<String, InvalidFormException.FieldProblem> problems = new LinkedHashMap<>();
        for (PlanProblem problem : checks.check(plan)) {
            String field = fieldOf(problem.path());
            problems.putIfAbsent(field, new InvalidFormException.FieldProblem(field, problem.path().startsWith("$.sessions")
                    ? Text.of("camp.settings.problem.session-outside-days", problem.reason()) : problem.reason()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidFormException(new ArrayList<>(problems.values()));
        }
    }

    private static String fieldOf(String path) {
        if (path.startsWith("$.camp.rules.childrenPerAdult")) {
            return "childrenPerAdult";
        }
        if (path.startsWith("$.camp.rules.")) {
            return path.substring("$.camp.rules.".length()).replaceAll("\\..*", "");
        }
        if (path.startsWith("$.camp.")) {
            return path.substring("$.camp.".length());
        }
        if (path.startsWith("$.sites")) {
            return "siteName";
        }
        return path.startsWith("$.sessions") ? "endDate" : "";
    }

    private static List<String> changedFields(CampSettings seen, CampSettings now) {
        List<String> changed = new ArrayList<>();
        if (!Objects.equals(seen.name(), now.name())) {
            changed.add("name");
        }
        if (!Objects.equals(seen.startDate(), now.startDate()) || !Objects.equals(seen.endDate(), now.endDate())) {
            changed.add("days");
        }
        if (!Objects.equals(seen.timeZone(), now.timeZone())) {
            changed.add("time zone");
        }
        if (seen.travelMinutesBetweenSites() != now.travelMinutesBetweenSites()
                || !Objects.equals(seen.childrenPerAdult(), now.childrenPerAdult())) {
            changed.add("rules");
        }
        if (seen.youthNeedGuardianConsent() != now.youthNeedGuardianConsent()) {
            changed.add("youth consent rule");
        }
        if (seen.offersStraightToPublished() != now.offersStraightToPublished()) {
            changed.add("offers straight into the published roster");
        }
        if (!Objects.equals(seen.weights(), now.weights())) {
            changed.add("weights");
        }
        if (!Objects.equals(seen.neighbourhood(), now.neighbourhood())) {
            changed.add("neighbourhood");
        }
        return changed;
    }

    private static CampPlan.Camp campOf(CampSettings s) {
        SoftRuleWeights w = s.weights() == null ? new SoftRuleWeights() : s.weights();
        CampPlan.Weights weights = w.allDefault() ? null : new CampPlan.Weights(w.fairness(), w.staffOutsideStandardHours(),
                w.coDelivery(), w.peerSupport(), w.continuity(), w.preferences(), w.stability());
        return new CampPlan.Camp(s.name(), FormText.blankToNull(s.neighbourhood()), s.timeZone(), s.startDate(), s.endDate(),
                new CampPlan.Rules(s.childrenPerAdult(), s.travelMinutesBetweenSites(),
                        EntitiesToPlan.youthNeedGuardianConsent(s.youthNeedGuardianConsent()), weights));
    }

}
