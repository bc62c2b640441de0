package org.campcoplanner.shifts;

import org.campcoplanner.audit.AuditAction;
import org.campcoplanner.audit.AuditTrail;
import org.campcoplanner.availability.AvailabilityService;
import org.campcoplanner.base.PlainNames;
import org.campcoplanner.camp.CampPlanService;
import org.campcoplanner.camp.Session;
import org.campcoplanner.camp.SessionRepository;
import org.campcoplanner.people.PersonDirectory;
import org.campcoplanner.people.PersonRef;
import org.campcoplanner.planning.Text;
import org.campcoplanner.planning.format.CampPlan;
import org.campcoplanner.planning.solver.Replanner;
import org.campcoplanner.planning.solver.SolveLimits;
import org.campcoplanner.roster.CampChanges;
import org.campcoplanner.roster.DraftRosterService;
import org.campcoplanner.roster.PublishedBaseline;
import org.campcoplanner.roster.SeatKey;
import org.campcoplanner.roster.SeatState;
import org.campcoplanner.roster.SolveSlots;
import org.campcoplanner.roster.SolvingBusyException;
import org.campcoplanner.roster.SolvingService;
import org.campcoplanner.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Planners' side of "I can't make it": the open withdrawals of a camp, and one action that
 * re-plans the draft around one of them with as few changes as possible. Publishing the result
 * needs both signatures again.
 */
@Service
public class ReplanService {

    private final Replanner replanner = new Replanner(new SolveLimits(Duration.ofSeconds(10), Duration.ofSeconds(2)));

    private final WithdrawalRepository withdrawals;
    private final PublishedBaseline published;
    private final CampPlanService campPlans;
    private final SessionRepository sessions;
    private final DraftRosterService drafts;
    private final AvailabilityService availability;
    private final PersonDirectory directory;
    private final SolvingService solving;
    private final SolveSlots slots;
    private final CampChanges changes;
    private final AuditTrail audit;
    private final Clock clock;

    ReplanService(WithdrawalRepository withdrawals, PublishedBaseline published, CampPlanService campPlans,
                  SessionRepository sessions, DraftRosterService drafts, AvailabilityService availability, PersonDirectory directory,
                  SolvingService solving, SolveSlots slots, CampChanges changes, AuditTrail audit, Clock clock) {
        this.solving = solving;
        this.slots = slots;
        this.withdrawals = withdrawals;
        this.published = published;
        this.campPlans = campPlans;
        this.sessions = sessions;
        this.drafts = drafts;
        this.availability = availability;
        this.directory = directory;
        this.changes = changes;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@campAccess.canPlan(#campId)")
    public List<OpenWithdrawal> open(long campId) {
        Map<String, String> titles = titles(campId);
        return withdrawals.findByCampIdAndReplannedAtIsNullOrderByCreatedAt(campId).stream()
                .map(w -> new OpenWithdrawal(w.getId(), directory.byId(w.getPersonId()).map(PersonRef::name).orElse("?"),
                        seatOf(w, titles), w.getReason()))
                .toList();
    }

    /** The titles of the camp's sessions by their plan ids. */
    private Map<String, String> titles(long campId) {
        return sessions.findByCampWithSite(campId).stream()
                .collect(Collectors.toMap(Session::getExternalId, Session::getTitle));
    }

    /** "Helper 2 in Swim, Wed. 8 Jul. 10:00": the withdrawn seat, by the title its session has now. */
    private static String seatOf(Withdrawal withdrawal, Map<String, String> titles) {
        return PlainNames.seat(withdrawal.getRole(), withdrawal.getIndex(),
                titles.getOrDefault(withdrawal.getSessionId(), "a session no longer in the plan"),
                withdrawal.getShiftStart());
    }

    /**
     * Re-plans the camp's draft around one withdrawal: the person is marked away for the session,
     * and the solver fills their seat changing as few other seats of the published roster as it can.
     * No transaction spans the solve: the result is saved in a short one, keeping any seat another
     * planner changed meanwhile, and a second planner re-planning the same withdrawal at once is told
     * it changed meanwhile. The solve holds one of the server's solve slots; with none free, nothing
     * changes and the re-plan is refused.
     *
     * @throws ReplanRefusedException when it was re-planned already, the camp is being solved, or no solve slot is free
     */
    @PreAuthorize("@campAccess.canPlan(#campId)")
    public ReplanOutcome replan(long campId, long withdrawalId) {
        Withdrawal withdrawal = withdrawals.findById(withdrawalId).filter(w -> w.getCampId() == campId)
                .orElseThrow(() -> new IllegalArgumentException("No withdrawal " + withdrawalId + " in camp " + campId));
        if (withdrawal.getReplannedAt() != null) {
            throw new ReplanRefusedException(Text.of("shifts.replan.refused.done", withdrawal.getReplannedBy()));
        }
        SolveSlots.Slot slot;
        try {
            slot = slots.take(CurrentUser.name());
        } catch (SolvingBusyException e) {
            throw new ReplanRefusedException(e.text());
        }
        try (slot) {
            return replan(campId, withdrawal);
        }
    }

    private ReplanOutcome replan(long campId, Withdrawal withdrawal) {
        PersonRef person = directory.byId(withdrawal.getPersonId()).orElseThrow();
        String seat = seatOf(withdrawal, titles(campId));
        availability.addTimeAway(person.id(), withdrawal.getShiftStart(), withdrawal.getShiftEnd(),
                "can't make " + seat + ": " + withdrawal.getReason());
        if (solving.isSolving(campId)) {
            throw new ReplanRefusedException(Text.of("shifts.replan.refused.solving"));
        }
        Map<SeatKey, SeatState> baseline = drafts.snapshot(campId);
        CampPlan draft = campPlans.exportPlan(campId);
        boolean stillThere = draft.assignments().stream().anyMatch(a -> a.session().equals(withdrawal.getSessionId())
                && a.role().equals(withdrawal.getRole()) && a.index() == withdrawal.getIndex()
                && person.planId().equals(a.person()));
        if (!stillThere) {
            // a planner already moved someone into the seat by hand: nothing left to re-plan
            withdrawal.replanned(CurrentUser.name(), clock.instant());
            withdrawals.save(withdrawal);
            changes.publish(campId, null);
            return new ReplanOutcome(true, 0, null);
        }
        List<CampPlan.Assignment> publishedSeats = published.of(campId).map(revision -> revision.seatsStillIn(draft))
                .orElse(draft.assignments());
        CampPlan.Assignment vacated = new CampPlan.Assignment(withdrawal.getSessionId(), withdrawal.getRole(),
                withdrawal.getIndex(), person.planId(), false);

        Replanner.Result result = replanner.replan(draft, publishedSeats, vacated,
                LocalDateTime.now(clock.withZone(person.timeZone())));

        drafts.saveReplanned(campId, baseline, result.plan().assignments());
        withdrawal.replanned(CurrentUser.name(), clock.instant());
        withdrawals.save(withdrawal);
        audit.record(campId, AuditAction.REPLANNED, "Re-planned after " + person.name() + " withdrew from " + seat, null,
                (result.vacatedSeatFilled() ? "seat filled" : "seat left empty") + ", "
                        + result.changedSeats().size() + " other seat(s) changed, score " + result.score());
        changes.publish(campId, null);
        return new ReplanOutcome(result.vacatedSeatFilled(), result.changedSeats().size(), result.score());
    }
}
