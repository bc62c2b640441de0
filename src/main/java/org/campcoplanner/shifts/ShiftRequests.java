package org.campcoplanner.shifts;

import org.campcoplanner.account.CampPlanners;
import org.campcoplanner.audit.AuditAction;
import org.campcoplanner.audit.AuditTrail;
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
import org.campcoplanner.security.CurrentUser;
import org.campcoplanner.signoff.OfferPublication;
import org.campcoplanner.signoff.PublishedRoster;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

/**
 * A volunteer's own requests of the published roster: the empty seats they could take, offering
 * to take one, swapping a shift with someone or handing it over, and answering a swap someone
 * asks of them. Only ever the signed-in person's own. Every hard rule is checked at each step on
 * the published roster with the camp as it is now; a refusal says why in words.
 */
@Service
public class ShiftRequests {

    private final PersonDirectory directory;
    private final RosterFacing rosters;
    private final RosterChanges rules;
    private final ShiftRequestRepository requests;
    private final CampPlanService campPlans;
    private final DraftRosterService drafts;
    private final OfferPublication offerPublication;
    private final OvertakenOffers overtaken;
    private final CampPlanners planners;
    private final Inbox inbox;
    private final CampChanges changes;
    private final AuditTrail audit;
    private final Clock clock;

    ShiftRequests(PersonDirectory directory, RosterFacing rosters, RosterChanges rules, ShiftRequestRepository requests,
                  CampPlanService campPlans, DraftRosterService drafts, OfferPublication offerPublication,
                  OvertakenOffers overtaken, CampPlanners planners, Inbox inbox, CampChanges changes, AuditTrail audit, Clock clock) {
        this.directory = directory;
        this.rosters = rosters;
        this.rules = rules;
        this.requests = requests;
        this.campPlans = campPlans;
        this.drafts = drafts;
        this.offerPublication = offerPublication;
        this.overtaken = overtaken;
        this.planners = planners;
        this.inbox = inbox;
        this.changes = changes;
        this.audit = audit;
        this.clock = clock;
    }

    /** What came of an offer: waiting for planners, or straight in the published roster. */
    public record OfferOutcome(long requestId, ShiftRequestStatus status, Integer publishedRevision) {
    }

    /** The upcoming empty published seats the signed-in person could take, the best for the roster first. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<OpenShift> openShifts() {
        Optional<PersonRef> signedIn = directory.signedIn();
        if (signedIn.isEmpty()) {
            return List.of();
        }
        PersonRef me = signedIn.get();
        return rosters.of(me.campId()).map(facing -> {
            Set<String> offered = requests.findByPersonOrPartner(me.id()).stream()
                    .filter(r -> r.getKind() == ShiftRequestKind.OFFER && r.getStatus().open())
                    .map(r -> r.seat().key().toString()).collect(Collectors.toSet());
            return rules.openSeatsFor(facing.published(), me.planId(), now(me)).stream().map(key -> {
                CampPlan.Session session = facing.session(key.session());
                CampPlan.Site site = facing.site(session.site());
                return new OpenShift(key.session(), session.title(), session.activity(), site.name(), site.address(),
                        session.start(), session.end(), key.role(), key.index(), offered.contains(key.toString()));
            }).toList();
        }).orElse(List.of());
    }

    /**
     * The signed-in person offers to take an empty seat of the published roster. It waits for the
     * planners, unless the camp takes such offers straight into the published roster: then, if no
     * hard rule breaks there nor in the draft and the seat is empty in both, it is published at once.
     *
     * @throws ShiftRequestRefusedException with the reasons, e.g. a hard rule it would break
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public OfferOutcome offer(String sessionId, String role, int index) {
        PersonRef me = me();
        requests.lockCamp(me.campId());
        RosterFacing.Facing facing = facing(me);
        SeatKey key = new SeatKey(sessionId, role, index);
        RequestedSeat seat = upcomingSeat(facing, key, me);
        if (facing.publishedIn(key) != null) {
            throw new ShiftRequestRefusedException(facing.publishedIn(key).equals(me.planId())
                    ? "shifts.refused.already-yours" : "shifts.refused.taken");
        }
        boolean offeredBefore = requests.findByPersonOrPartner(me.id()).stream().anyMatch(r -> r.getStatus().open()
                && r.getKind() == ShiftRequestKind.OFFER && r.seat().key().equals(key));
        if (offeredBefore) {
            throw new ShiftRequestRefusedException("shifts.refused.offered-before");
        }
        refuseIfBroken(RequestCheck.inWordsFor(me.planId(), facing.published(),
                rules.brokenRules(facing.published(), Map.of(key, me.planId()))));
        ShiftRequest offer = ShiftRequest.offer(me.campId(), me.id(), facing.revision(), seat, clock.instant());
        Text inWords = words(me, facing).seat(seat);
        String plain = me.name() + " took " + key;
        if (campPlans.offersStraightToPublished(me.campId()) && facing.draftIn(key) == null
                && rules.broken(facing.draft(), Map.of(key, me.planId())).isEmpty()) {
            Optional<Integer> revision = offerPublication.publishTakenSeat(me.campId(), facing.revision(),
                    new CampPlan.Assignment(sessionId, role, index, me.planId(), false), CurrentUser.name(), plain);
            if (revision.isPresent()) {
                drafts.takeEmptySeat(me.campId(), key, me.planId(), "taken by an offer, published by the camp's rule");
                offer.decided(ShiftRequestStatus.PUBLISHED, CurrentUser.name(), clock.instant(), null);
                requests.saveAndFlush(offer);
                audit.record(me.campId(), AuditAction.SHIFT_REQUESTED, me.name() + " took an empty seat (" + key
                        + "), published as revision " + revision.get() + " by the camp's rule", null, "published");
                overtaken.close(offer, List.of(key));
                inbox.postToAccounts(me.campId(), planners.all(me.campId()),
                        Text.of("notice.offer-published.subject", me.name(), inWords),
                        Text.of("notice.offer-published.body", me.name(), inWords, revision.get()), requestsPage(me));
                changes.publish(me.campId(), null);
                return new OfferOutcome(offer.getId(), offer.getStatus(), revision.get());
            }
        }
        requests.saveAndFlush(offer);
        audit.record(me.campId(), AuditAction.SHIFT_REQUESTED, me.name() + " offers to take " + key, null, "waiting");
        inbox.postToAccounts(me.campId(), planners.all(me.campId()), Text.of("notice.offer.subject", me.name(), inWords),
                Text.of("notice.offer.body", me.name(), inWords), requestsPage(me));
        changes.publish(me.campId(), null);
        return new OfferOutcome(offer.getId(), offer.getStatus(), null);
    }

    /** The people of the signed-in person's camp one of their shifts could go to, with shifts to swap for it. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<SwapPartner> partnersFor(String sessionId, String role, int index) {
        PersonRef me = me();
        RosterFacing.Facing facing = facing(me);
        SeatKey mine = new SeatKey(sessionId, role, index);
        upcomingSeatOf(facing, mine, me);
        LocalDateTime now = now(me);
        Map<String, List<SwapPartner.Shift>> shiftsOf = new LinkedHashMap<>();
        facing.published().assignments().stream().filter(a -> a.person() != null && !a.person().equals(me.planId()))
                .forEach(a -> {
                    CampPlan.Session session = facing.session(a.session());
                    if (session != null && session.start().isAfter(now)) {
                        shiftsOf.computeIfAbsent(a.person(), p -> new ArrayList<>()).add(new SwapPartner.Shift(
                                session.id(), session.title(), session.start(), session.end(), a.role(), a.index()));
                    }
                });
        List<CampPlan.Person> others = facing.published().people().stream().filter(p -> !p.id().equals(me.planId()))
                .toList();
        Map<String, Long> sameFirstName = others.stream().collect(Collectors.groupingBy(
                p -> PublishedRoster.firstName(p.name()), Collectors.counting()));
        Map<String, PersonRef> byPlanId = directory.ofCamp(me.campId()).stream()
                .collect(Collectors.toMap(PersonRef::planId, Function.identity()));
        return others.stream()
                .map(p -> Optional.ofNullable(byPlanId.get(p.id())).map(ref -> new SwapPartner(ref.id(),
                        shortName(ref.name(), sameFirstName), shiftsOf.getOrDefault(p.id(), List.of()).stream()
                        .sorted(Comparator.comparing(SwapPartner.Shift::start)).toList())))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(SwapPartner::name))
                .toList();
    }

    /**
     * The signed-in person asks {@code partnerId} to take one of their upcoming shifts: in exchange
     * for one of the partner's ({@code theirSession}, {@code theirRole}, {@code theirIndex}), or
     * as a hand-over when {@code theirSession} is null. The partner answers; then planners decide.
     *
     * @throws ShiftRequestRefusedException with the reasons, e.g. a hard rule it would break
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public long askPartner(String mySession, String myRole, int myIndex, long partnerId, String theirSession,
                           String theirRole, Integer theirIndex) {
        PersonRef me = me();
        requests.lockCamp(me.campId());
        RosterFacing.Facing facing = facing(me);
        SeatKey mine = new SeatKey(mySession, myRole, myIndex);
        RequestedSeat mySeat = upcomingSeatOf(facing, mine, me);
        PersonRef partner = directory.byId(partnerId).filter(p -> p.campId() == me.campId() && p.id() != me.id())
                .orElseThrow(() -> new ShiftRequestRefusedException("shifts.refused.partner-unknown"));
        boolean askedBefore = requests.findByPersonOrPartner(me.id()).stream().anyMatch(r -> r.getStatus().open()
                && r.getPersonId() == me.id() && r.getKind() != ShiftRequestKind.OFFER && r.seat().key().equals(mine));
        if (askedBefore) {
            throw new ShiftRequestRefusedException("shifts.refused.asked-before");
        }
        RequestedSeat theirSeat = null;
        Map<SeatKey, String> moves = new LinkedHashMap<>();
        moves.put(mine, partner.planId());
        if (theirSession != null) {
            SeatKey theirs = new SeatKey(theirSession, theirRole, theirIndex == null ? 0 : theirIndex);
            theirSeat = upcomingSeat(facing, theirs, me);
            if (!partner.planId().equals(facing.publishedIn(theirs))) {
                throw new ShiftRequestRefusedException("shifts.refused.not-theirs", PublishedRoster.firstName(partner.name()));
            }
            moves.put(theirs, me.planId());
        }
        refuseIfBroken(RequestCheck.inWordsFor(me.planId(), facing.published(), rules.brokenRules(facing.published(), moves)));
        ShiftRequest request = requests.saveAndFlush(ShiftRequest.withPartner(me.campId(), me.id(), facing.revision(),
                mySeat, partner.id(), theirSeat, clock.instant()));
        RequestWords words = words(partner, facing);
        audit.record(me.campId(), AuditAction.SHIFT_REQUESTED, me.name() + " asks " + partner.name() + " to "
                + (theirSeat == null ? "take " + mine : "swap " + mine + " for " + theirSeat.key()), null, "waiting");
        inbox.postToPerson(me.campId(), partner.id(), Text.of("notice.swap-asked.subject", PublishedRoster.firstName(me.name())),
                words.what(request), "my-shifts");
        changes.publish(me.campId(), null);
        return request.getId();
    }

    /**
     * The partner of a swap or hand-over says yes (it then waits for planners, checked again
     * first) or no (the person who asked is told).
     *
     * @throws ShiftRequestRefusedException when it is not theirs to answer, no longer waits, or a hard rule would now break
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void answer(long requestId, boolean agree) {
        PersonRef me = me();
        requests.lockCamp(me.campId());
        ShiftRequest request = requests.findById(requestId)
                .filter(r -> r.getPartnerId() != null && r.getPartnerId() == me.id())
                .orElseThrow(() -> new ShiftRequestRefusedException("shifts.refused.not-yours-to-answer"));
        if (request.getStatus() != ShiftRequestStatus.WAITING_FOR_PARTNER) {
            throw new ShiftRequestRefusedException("shifts.refused.no-longer-waits");
        }
        RosterFacing.Facing facing = facing(me);
        PersonRef asker = directory.byId(request.getPersonId()).orElseThrow();
        if (agree) {
            List<Text> problems = RequestCheck.problems(request, facing.published(), asker.planId(), me.planId(), rules,
                    me.planId());
            if (!problems.isEmpty()) {
                throw new ShiftRequestRefusedException(problems);
            }
        }
        request.partnerAnswered(agree, clock.instant());
        requests.saveAndFlush(request);
        audit.record(me.campId(), AuditAction.SHIFT_REQUEST_ANSWERED, me.name() + (agree ? " agrees to " : " declines ")
                + request.getKind().name().toLowerCase().replace('_', '-') + " with " + asker.name(), null,
                request.getStatus().name());
        RequestWords words = words(asker, facing);
        if (agree) {
            inbox.postToAccounts(me.campId(), planners.all(me.campId()),
                    Text.of("notice.swap-agreed.subject", asker.name(), me.name()),
                    new RequestWords(names(me.campId(), PersonRef::name), titles(facing))
                            .what(request), requestsPage(me));
        }
        inbox.postToPerson(me.campId(), asker.id(), Text.of(agree ? "notice.partner-agreed.subject"
                : "notice.partner-declined.subject", PublishedRoster.firstName(me.name())), words.what(request), "my-shifts");
        changes.publish(me.campId(), null);
    }

    /** The person who asked takes it back while it still waits. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void cancel(long requestId) {
        PersonRef me = me();
        requests.lockCamp(me.campId());
        ShiftRequest request = requests.findById(requestId).filter(r -> r.getPersonId() == me.id())
                .orElseThrow(() -> new ShiftRequestRefusedException("shifts.refused.not-yours-to-answer"));
        if (!request.getStatus().open()) {
            throw new ShiftRequestRefusedException("shifts.refused.no-longer-waits");
        }
        request.decided(ShiftRequestStatus.CANCELLED, CurrentUser.name(), clock.instant(), null);
        requests.saveAndFlush(request);
        audit.record(me.campId(), AuditAction.SHIFT_REQUEST_ANSWERED, me.name() + " took back a request", null, "cancelled");
        changes.publish(me.campId(), null);
    }

    /** The signed-in person's requests and those asked of them, open ones first, then the latest. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<RequestView> mine() {
        Optional<PersonRef> signedIn = directory.signedIn();
        if (signedIn.isEmpty()) {
            return List.of();
        }
        PersonRef me = signedIn.get();
        List<ShiftRequest> all = requests.findByPersonOrPartner(me.id());
        if (all.isEmpty()) {
            return List.of();
        }
        RequestWords words = new RequestWords(names(me.campId(), ShiftRequests::firstName),
                rosters.of(me.campId()).map(ShiftRequests::titles).orElse(Map.of()), me.id());
        return all.stream().sorted(Comparator.comparing((ShiftRequest r) -> !r.getStatus().open()))
                .limit(20)
                .map(r -> new RequestView(r.getId(), r.getKind(), r.getStatus(), words.what(r), words.standing(r),
                        r.getCreatedAt(), r.getStatus() == ShiftRequestStatus.WAITING_FOR_PARTNER
                        && r.getPartnerId() != null && r.getPartnerId() == me.id(),
                        r.getStatus().open() && r.getPersonId() == me.id()))
                .toList();
    }

    /** Volunteers know each other by first name; where two share one, the initial of the rest tells them apart. */
    private static String shortName(String name, Map<String, Long> sameFirstName) {
        String first = PublishedRoster.firstName(name);
        String rest = name.substring(Math.min(name.length(), first.length())).strip();
        return sameFirstName.getOrDefault(first, 0L) > 1 && !rest.isEmpty() ? first + " " + rest.charAt(0) + "." : first;
    }

    private static void refuseIfBroken(List<Text> broken) {
        if (!broken.isEmpty()) {
            throw new ShiftRequestRefusedException(broken);
        }
    }

    private RequestedSeat upcomingSeat(RosterFacing.Facing facing, SeatKey key, PersonRef me) {
        if (!facing.hasSeat(key)) {
            throw new ShiftRequestRefusedException("shifts.refused.no-such-seat");
        }
        CampPlan.Session session = facing.session(key.session());
        if (!session.start().isAfter(now(me))) {
            throw new ShiftRequestRefusedException("shifts.refused.started");
        }
        return new RequestedSeat(key.session(), key.role(), key.index(), session.start(), session.end());
    }

    private RequestedSeat upcomingSeatOf(RosterFacing.Facing facing, SeatKey key, PersonRef me) {
        RequestedSeat seat = upcomingSeat(facing, key, me);
        if (!me.planId().equals(facing.publishedIn(key))) {
            throw new ShiftRequestRefusedException("shifts.refused.not-yours");
        }
        return seat;
    }

    private RosterFacing.Facing facing(PersonRef me) {
        return rosters.of(me.campId()).orElseThrow(() -> new ShiftRequestRefusedException("shifts.refused.no-roster"));
    }

    private PersonRef me() {
        return directory.signedIn().orElseThrow(() -> new ShiftRequestRefusedException("shifts.problem.not-a-person"));
    }

    /** Words for {@code reader}, a person of the camp, who knows the others by first name. */
    private RequestWords words(PersonRef reader, RosterFacing.Facing facing) {
        return new RequestWords(names(reader.campId(), ShiftRequests::firstName), titles(facing), reader.id());
    }

    /** Everyone of the camp by database id, read at once, as {@code name} says them. */
    private LongFunction<String> names(long campId, Function<PersonRef, String> name) {
        Map<Long, String> byId = directory.ofCamp(campId).stream().collect(Collectors.toMap(PersonRef::id, name));
        return id -> byId.getOrDefault(id, "?");
    }

    private static String firstName(PersonRef person) {
        return PublishedRoster.firstName(person.name());
    }

    static Map<String, String> titles(RosterFacing.Facing facing) {
        return facing.draft().sessions().stream().collect(Collectors.toMap(CampPlan.Session::id, CampPlan.Session::title));
    }

    private LocalDateTime now(PersonRef me) {
        return LocalDateTime.now(clock.withZone(me.timeZone()));
    }

    private static String requestsPage(PersonRef me) {
        return "requests/" + me.campId();
    }
}
