package org.campcoplanner.shifts;

import org.campcoplanner.audit.AuditAction;
import org.campcoplanner.audit.AuditTrail;
import org.campcoplanner.base.InvalidFormException;
import org.campcoplanner.camp.CampPlanService;
import org.campcoplanner.inbox.Inbox;
import org.campcoplanner.people.PersonDirectory;
import org.campcoplanner.people.PersonRef;
import org.campcoplanner.planning.Text;
import org.campcoplanner.planning.format.CampPlan;
import org.campcoplanner.roster.CampChanges;
import org.campcoplanner.roster.DraftRosterService;
import org.campcoplanner.roster.RosterChanges;
import org.campcoplanner.roster.SeatKey;
import org.campcoplanner.roster.SeatState;
import org.campcoplanner.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Planners' side of volunteers' requests: what waits for them, taking one into the draft with one
 * action (publishing it then takes both signatures, as any change does), or declining it with a word.
 */
@Service
public class RequestDecisions {

    static final int MAX_ANSWER = 500;

    private final ShiftRequestRepository requests;
    private final CampPlanService campPlans;
    private final DraftRosterService drafts;
    private final RosterChanges rules;
    private final OvertakenOffers overtaken;
    private final PersonDirectory directory;
    private final Inbox inbox;
    private final CampChanges changes;
    private final AuditTrail audit;
    private final Clock clock;

    RequestDecisions(ShiftRequestRepository requests, CampPlanService campPlans, DraftRosterService drafts,
                     RosterChanges rules, OvertakenOffers overtaken, PersonDirectory directory, Inbox inbox, CampChanges changes, AuditTrail audit,
                     Clock clock) {
        this.requests = requests;
        this.campPlans = campPlans;
        this.drafts = drafts;
        this.rules = rules;
        this.overtaken = overtaken;
        this.directory = directory;
        this.inbox = inbox;
        this.changes = changes;
        this.audit = audit;
        this.clock = clock;
    }

    /** The camp's open requests, oldest first: those waiting for planners can be decided here. */
    @Transactional(readOnly = true)
    @PreAuthorize("@campAccess.canPlan(#campId)")
    public List<RequestView> open(long campId) {
        List<ShiftRequest> open = requests.findByCampIdAndStatusInOrderByCreatedAt(campId,
                List.of(ShiftRequestStatus.WAITING_FOR_PARTNER, ShiftRequestStatus.WAITING_FOR_PLANNERS));
        RequestWords words = words(campId, campPlans.exportPlan(campId));
        return open.stream().map(r -> new RequestView(r.getId(), r.getKind(), r.getStatus(), words.what(r),
                words.standing(r), r.getCreatedAt(), r.getStatus() == ShiftRequestStatus.WAITING_FOR_PLANNERS, false))
                .toList();
    }

    /**
     * Takes a request into the draft, if its seats are still as asked there and no hard rule breaks;
     * other offers for the same seat are then over and their people told.
     *
     * @throws ShiftRequestRefusedException with the reasons
     * @throws org.campcoplanner.base.ChangedMeanwhileException when one of its seats changed in the draft meanwhile
     */
    @Transactional
    @PreAuthorize("@campAccess.canPlan(#campId)")
    public void accept(long campId, long requestId) {
        requests.lockCamp(campId);
        ShiftRequest request = waiting(campId, requestId);
        PersonRef asker = directory.byId(request.getPersonId()).orElseThrow();
        PersonRef partner = request.getPartnerId() == null ? null : directory.byId(request.getPartnerId()).orElseThrow();
        String partnerId = partner == null ? null : partner.planId();
        Map<SeatKey, SeatState> seats = drafts.snapshot(campId);
        CampPlan draft = campPlans.exportPlan(campId);
        List<Text> problems = RequestCheck.problems(request, draft, asker.planId(), partnerId, rules, null);
        if (!problems.isEmpty()) {
            throw new ShiftRequestRefusedException(problems);
        }
        Map<SeatKey, String> moves = RequestCheck.moves(request, asker.planId(), partnerId);
        moves.forEach((key, person) -> drafts.assign(campId, key, person, false,
                seats.getOrDefault(key, SeatState.NEVER_ASSIGNED).version()));
        request.decided(ShiftRequestStatus.ACCEPTED, CurrentUser.name(), clock.instant(), null);
        requests.saveAndFlush(request);
        RequestWords words = words(campId, draft);
        audit.record(campId, AuditAction.SHIFT_REQUEST_DECIDED, "Accepted into the draft: " + words.plainWhat(request),
                ShiftRequestStatus.WAITING_FOR_PLANNERS.name(), ShiftRequestStatus.ACCEPTED.name());
        tell(request, asker, partner, Text.of("notice.request-accepted.subject"),
                Text.of("notice.request-accepted.body", words.seat(request.seat())));
        overtaken.close(request, moves.keySet());
        changes.publish(campId, null);
    }

    /**
     * Declines a request waiting for planners with a word for the person who asked.
     *
     * @throws InvalidFormException naming {@code answer} when the word is missing or too long
     * @throws ShiftRequestRefusedException when it no longer waits for planners
     */
    @Transactional
    @PreAuthorize("@campAccess.canPlan(#campId)")
    public void decline(long campId, long requestId, String answer) {
        String word = answer == null ? "" : answer.strip();
        if (word.isEmpty()) {
            throw new InvalidFormException(List.of(InvalidFormException.FieldProblem.of("answer",
                    "shifts.problem.answer-missing")));
        }
        if (word.length() > MAX_ANSWER) {
            throw new InvalidFormException(List.of(InvalidFormException.FieldProblem.of("answer",
                    "shifts.problem.answer-too-long", MAX_ANSWER)));
        }
        requests.lockCamp(campId);
        ShiftRequest request = waiting(campId, requestId);
        request.decided(ShiftRequestStatus.DECLINED, CurrentUser.name(), clock.instant(), word);
        requests.saveAndFlush(request);
        RequestWords words = words(campId, campPlans.exportPlan(campId));
        audit.record(campId, AuditAction.SHIFT_REQUEST_DECIDED, "Declined: " + words.plainWhat(request),
                ShiftRequestStatus.WAITING_FOR_PLANNERS.name(), word);
        PersonRef asker = directory.byId(request.getPersonId()).orElseThrow();
        PersonRef partner = request.getPartnerId() == null ? null : directory.byId(request.getPartnerId()).orElseThrow();
        tell(request, asker, partner, Text.of("notice.request-declined.subject"),
                Text.of("notice.request-declined.body", words.seat(request.seat()), word));
        changes.publish(campId, null);
    }

    private ShiftRequest waiting(long campId, long requestId) {
        ShiftRequest request = requests.findById(requestId).filter(r -> r.getCampId() == campId)
                .orElseThrow(() -> new IllegalArgumentException("No request " + requestId + " in camp " + campId));
        if (request.getStatus() != ShiftRequestStatus.WAITING_FOR_PLANNERS) {
            throw new ShiftRequestRefusedException("shifts.refused.decided", request.getDecidedBy() == null
                    ? "?" : request.getDecidedBy());
        }
        return request;
    }

    private void tell(ShiftRequest request, PersonRef asker, PersonRef partner, Text subject, Text body) {
        inbox.postToPerson(request.getCampId(), asker.id(), subject, body, "my-shifts");
        if (partner != null) {
            inbox.postToPerson(request.getCampId(), partner.id(), subject, body, "my-shifts");
        }
    }

    private RequestWords words(long campId, CampPlan plan) {
        Map<Long, String> names = directory.ofCamp(campId).stream()
                .collect(Collectors.toMap(PersonRef::id, PersonRef::name));
        return new RequestWords(id -> names.getOrDefault(id, "?"),
                plan.sessions().stream().collect(Collectors.toMap(CampPlan.Session::id, CampPlan.Session::title)));
    }
}
