package org.campcoplanner.signoff;

import org.campcoplanner.account.AccountNames;
import org.campcoplanner.account.CampAccess;
import org.campcoplanner.account.CampPlanners;
import org.campcoplanner.audit.AuditAction;
import org.campcoplanner.audit.AuditTrail;
import org.campcoplanner.base.InvalidFormException;
import org.campcoplanner.base.Texts;
import org.campcoplanner.camp.CampPlanService;
import org.campcoplanner.inbox.Inbox;
import org.campcoplanner.people.PersonDirectory;
import org.campcoplanner.people.PersonRef;
import org.campcoplanner.planning.Text;
import org.campcoplanner.planning.format.CampPlan;
import org.campcoplanner.planning.format.PlanWriter;
import org.campcoplanner.roster.RosterCheck;
import org.campcoplanner.roster.RosterWorkspace;
import org.campcoplanner.security.CampUser;
import org.campcoplanner.security.CurrentUser;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Dual sign-off (DOMAIN.md section 4): a leader signs the draft, which freezes it as a numbered
 * revision; a staff member signs that revision, which publishes it, or asks for changes with a
 * comment. Editing goes on in the draft and never changes a signed revision.
 */
@Service
public class SignOffService {

    static final int MAX_COMMENT = 2000;

    private final RosterRevisionRepository revisions;
    private final CampPlanService campPlans;
    private final RosterWorkspace workspace;
    private final Inbox inbox;
    private final AuditTrail audit;
    private final CampAccess access;
    private final PublishedRevisions publishedRevisions;
    private final PersonDirectory directory;
    private final CampPlanners planners;
    private final AccountNames accountNames;
    private final Clock clock;
    private final Texts texts;
    private final PlanWriter writer = new PlanWriter();

    SignOffService(RosterRevisionRepository revisions, CampPlanService campPlans, RosterWorkspace workspace,
                   Inbox inbox, AuditTrail audit, CampAccess access, PublishedRevisions publishedRevisions,
                   PersonDirectory directory, CampPlanners planners, AccountNames accountNames, Clock clock,
                   Texts texts) {
        this.texts = texts;
        this.directory = directory;
        this.planners = planners;
        this.accountNames = accountNames;
        this.publishedRevisions = publishedRevisions;
        this.access = access;
        this.revisions = revisions;
        this.campPlans = campPlans;
        this.workspace = workspace;
        this.inbox = inbox;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@campAccess.canPlan(#campId)")
    public SignOffState state(long campId) {
        String draft = writer.write(campPlans.exportPlan(campId));
        Optional<RosterRevision> pending = revisions.findByCampIdAndStatus(campId, RevisionStatus.PROPOSED);
        Optional<RosterRevision> published = revisions.findByCampIdAndStatus(campId, RevisionStatus.PUBLISHED);
        return new SignOffState(pending.map(this::summary).orElse(null),
                published.map(this::summary).orElse(null),
                pending.map(r -> !r.getPlanJson().equals(draft)).orElse(false),
                published.map(r -> !r.getPlanJson().equals(draft)).orElse(true));
    }

    /** Whether the draft as it stands now could be signed. */
    @Transactional(readOnly = true)
    @PreAuthorize("@campAccess.canPlan(#campId)")
    public RosterCheck checkDraft(long campId) {
        return workspace.check(campPlans.exportPlan(campId));
    }

    /**
     * Every revision of the camp, newest first.
     *
     * @throws org.campcoplanner.camp.CampNotFoundException when there is no such camp
     */
    @Transactional(readOnly = true)
    @PreAuthorize("@campAccess.canPlan(#campId)")
    public List<RevisionSummary> revisions(long campId) {
        List<RosterRevision> stored = revisions.findByCampIdOrderByNumberDesc(campId);
        Map<String, String> names = signerNames(stored);
        List<RevisionSummary> all = stored.stream().map(revision -> RevisionSummary.of(revision, names)).toList();
        if (all.isEmpty()) {
            // none yet, or no such camp: only the first is an empty list
            campPlans.requireCamp(campId);
        }
        return all;
    }

    /** What publishing the pending proposal would change against the published roster; empty without a proposal. */
    @Transactional(readOnly = true)
    @PreAuthorize("@campAccess.canPlan(#campId)")
    public Optional<RosterDiff> pendingDiff(long campId) {
        return revisions.findByCampIdAndStatus(campId, RevisionStatus.PROPOSED).map(pending -> {
            Optional<RosterRevision> published = revisions.findByCampIdAndStatus(campId, RevisionStatus.PUBLISHED);
            return diffFrom(published, pending.getNumber(), planOf(pending));
        });
    }

    /** What the draft changes against the published roster, seat by seat; empty while nothing is published. */
    @Transactional(readOnly = true)
    @PreAuthorize("@campAccess.canPlan(#campId)")
    public Optional<RosterDiff> draftDiff(long campId) {
        return revisions.findByCampIdAndStatus(campId, RevisionStatus.PUBLISHED).map(published -> {
            return diffFrom(Optional.of(published), nextNumber(campId), campPlans.exportPlan(campId));
        });
    }

    /** What the latest publication changed against the one before it; empty while nothing is published. */
    @Transactional(readOnly = true)
    @PreAuthorize("@campAccess.canPlan(#campId)")
    public Optional<RosterDiff> lastPublicationDiff(long campId) {
        return revisions.findByCampIdAndStatus(campId, RevisionStatus.PUBLISHED).map(published -> {
            Optional<RosterRevision> before = revisions.findFirstByCampIdAndStatusOrderByNumberDesc(campId,
                    RevisionStatus.SUPERSEDED);
            return diffFrom(before, published.getNumber(), planOf(published));
        });
    }

    /**
     * A leader of the camp signs the draft: it becomes the next numbered revision, waiting for
     * staff. A proposal still waiting is withdrawn by it.
     *
     * @param emptySeatsAcknowledged the leader saw that seats are empty and signs anyway
     * @throws SignOffRefusedException with a hard rule broken, unacknowledged empty seats, or nothing new to sign
     */
    @Transactional
    @PreAuthorize("hasRole('LEADER') and @campAccess.isMember(#campId)")
    public RevisionSummary propose(long campId, boolean emptySeatsAcknowledged) {
        revisions.lockCamp(campId);
        CampPlan draft = campPlans.exportPlan(campId);
        String frozen = writer.write(draft);
        RosterCheck check = refuseUnlessSignable(workspace.check(draft), emptySeatsAcknowledged);
        Optional<RosterRevision> pending = revisions.lockProposal(campId);
        if (pending.isPresent() && pending.get().getPlanJson().equals(frozen)) {
            throw refused("signoff.refused.already-proposed", pending.get().getNumber());
        }
        Optional<RosterRevision> published = revisions.findByCampIdAndStatus(campId, RevisionStatus.PUBLISHED);
        if (pending.isEmpty() && published.isPresent() && published.get().getPlanJson().equals(frozen)) {
            throw refused("signoff.refused.already-published", published.get().getNumber());
        }
        pending.ifPresent(withdrawn -> {
            withdrawn.setStatus(RevisionStatus.WITHDRAWN);
            audit.record(campId, AuditAction.PROPOSED, "Revision " + withdrawn.getNumber() + " withdrawn",
                    RevisionStatus.PROPOSED.name(), RevisionStatus.WITHDRAWN.name());
        });
        int number = nextNumber(campId);
        RosterRevision revision = new RosterRevision(campId, number, frozen, check.emptySeats(), CurrentUser.name(),
                clock.instant());
        try {
            revisions.saveAndFlush(revision);
        } catch (DataIntegrityViolationException e) {
            throw refused("signoff.refused.proposed-meanwhile");
        }
        audit.record(campId, AuditAction.PROPOSED, "Revision " + number + " proposed", null,
                "score " + check.score() + ", " + check.emptySeats() + " empty seats acknowledged");
        String camp = draft.camp().name();
        inbox.postToAccounts(campId, planners.staff(campId), Text.of("notice.proposed.subject", number, camp),
                Text.of("notice.proposed.body", signer(), check.emptySeats()), signOffPage(campId));
        return summary(revision);
    }

    /**
     * A staff member of the camp signs the waiting proposal: it is published, the revision
     * published before is superseded, and everyone whose shifts change is told.
     *
     * @param revisionNumber the revision the staff member reviewed, or null for whichever waits
     * @throws SignOffRefusedException when nothing waits (e.g. another staff member just signed
     *                                 it), it is another revision, or it cannot be signed
     */
    @Transactional
    @PreAuthorize("hasRole('STAFF') and @campAccess.isMember(#campId)")
    public Publication approve(long campId, Integer revisionNumber, boolean emptySeatsAcknowledged) {
        RosterRevision pending = lockPending(campId, revisionNumber);
        CampPlan plan = planOf(pending);
        refuseUnlessSignable(workspace.check(plan), emptySeatsAcknowledged);
        Optional<RosterRevision> previous = revisions.lockPublished(campId);
        RosterDiff diff = diffFrom(previous, pending.getNumber(), plan);
        previous.ifPresent(superseded -> superseded.setStatus(RevisionStatus.SUPERSEDED));
        pending.decide(RevisionStatus.PUBLISHED, CurrentUser.name(), clock.instant(), null);
        revisions.flush();
        notifyAffected(campId, plan, diff);
        Collection<Long> otherPlanners = planners.all(campId);
        inbox.postToAccounts(campId, otherPlanners,
                Text.of("notice.published-to-planners.subject", pending.getNumber(), plan.camp().name()),
                Text.of("notice.published-to-planners.body", signer(), pending.getNumber(), diff.affectedPeople().size()),
                signOffPage(campId));
        audit.record(campId, AuditAction.PUBLISHED, "Revision " + pending.getNumber() + " approved and published",
                previous.map(p -> "revision " + p.getNumber()).orElse("nothing published"),
                diff.changes().size() + " seats changed for " + diff.affectedPeople().size() + " people");
        return new Publication(summary(pending), diff, diff.affectedPeople().size());
    }

    /** A staff member sends the waiting proposal back to the draft with a comment on what to change. */
    @Transactional
    @PreAuthorize("hasRole('STAFF') and @campAccess.isMember(#campId)")
    public RevisionSummary requestChanges(long campId, Integer revisionNumber, String comment) {
        String trimmed = comment == null ? "" : comment.strip();
        if (trimmed.isEmpty()) {
            throw new InvalidFormException(List.of(InvalidFormException.FieldProblem.of("comment",
                    "signoff.problem.comment-missing")));
        }
        if (trimmed.length() > MAX_COMMENT) {
            throw new InvalidFormException(List.of(InvalidFormException.FieldProblem.of("comment",
                    "signoff.problem.comment-too-long", MAX_COMMENT)));
        }
        RosterRevision pending = lockPending(campId, revisionNumber);
        pending.decide(RevisionStatus.CHANGES_REQUESTED, CurrentUser.name(), clock.instant(), trimmed);
        audit.record(campId, AuditAction.CHANGES_REQUESTED, "Changes requested to revision " + pending.getNumber(),
                null, trimmed);
        inbox.postToAccounts(campId, planners.leaders(campId),
                Text.of("notice.changes-asked.subject", pending.getNumber(), planOf(pending).camp().name()),
                Text.of("notice.changes-asked.body", signer(), trimmed), "roster/" + campId);
        return summary(pending);
    }

    /** The camp's official roster, shaped for the caller; empty while nothing is published. */
    @Transactional(readOnly = true)
    @PreAuthorize("@campAccess.canSeePublished(#campId)")
    public Optional<PublishedRoster> publishedRoster(long campId) {
        boolean planner = access.canPlan(campId);
        String self = directory.signedIn().map(PersonRef::planId).orElse(null);
        Optional<RosterRevision> published = revisions.findByCampIdAndStatus(campId, RevisionStatus.PUBLISHED);
        if (published.isEmpty()) {
            campPlans.requireCamp(campId);
        }
        return published.map(revision -> {
            CampPlan plan = planOf(revision);
            Map<String, CampPlan.Session> sessions = plan.sessions().stream()
                    .collect(Collectors.toMap(CampPlan.Session::id, Function.identity()));
            Map<String, CampPlan.Site> sites = plan.sites().stream()
                    .collect(Collectors.toMap(CampPlan.Site::id, Function.identity()));
            // other volunteers see each other by first name only, as on their shifts page
            Map<String, String> names = plan.people().stream().collect(Collectors.toMap(CampPlan.Person::id,
                    person -> planner ? person.name() : PublishedRoster.firstName(person.name())));
            List<PublishedRoster.Shift> shifts = plan.assignments().stream().filter(a -> a.person() != null)
                    .map(a -> {
                        CampPlan.Session session = sessions.get(a.session());
                        CampPlan.Site site = sites.get(session.site());
                        boolean mine = a.person().equals(self);
                        return new PublishedRoster.Shift(session.id(), session.title(), site.name(), site.address(),
                                session.start(), session.end(), a.role(), a.index(),
                                planner || mine ? a.person() : null, names.get(a.person()), mine);
                    })
                    .sorted(Comparator.comparing(PublishedRoster.Shift::start).thenComparing(PublishedRoster.Shift::sessionId)
                            .thenComparing(PublishedRoster.Shift::role).thenComparingInt(PublishedRoster.Shift::index))
                    .toList();
            RevisionSummary summary = summary(revision);
            return new PublishedRoster(campId, plan.camp().name(), plan.camp().timeZone(),
                    planner ? summary : summary.withoutSigners(), shifts);
        });
    }

    private RosterRevision lockPending(long campId, Integer revisionNumber) {
        revisions.lockCamp(campId);
        RosterRevision pending = revisions.lockProposal(campId).orElseThrow(() ->
                revisions.findFirstByCampIdOrderByNumberDesc(campId)
                        .filter(latest -> latest.getDecidedBy() != null)
                        .map(latest -> refused(latest.getStatus() == RevisionStatus.CHANGES_REQUESTED
                                        ? "signoff.refused.none-waiting-sent-back" : "signoff.refused.none-waiting-published",
                                latest.getNumber(), latest.getDecidedBy()))
                        .orElseGet(() -> refused("signoff.refused.none-waiting")));
        if (revisionNumber != null && revisionNumber != pending.getNumber()) {
            throw refused("signoff.refused.other-revision-waits", pending.getNumber(), revisionNumber);
        }
        return pending;
    }

    private RosterCheck refuseUnlessSignable(RosterCheck check, boolean emptySeatsAcknowledged) {
        if (!check.signable()) {
            throw refused("signoff.refused.hard-rules", check.hardBreaks().size(), check.hardBreaks().get(0));
        }
        if (check.emptySeats() > 0 && !emptySeatsAcknowledged) {
            throw refused("signoff.refused.empty-seats", check.emptySeats());
        }
        return check;
    }

    /** A refusal in the reader's words for pages, in English for the API and the logs. */
    private SignOffRefusedException refused(String key, Object... args) {
        Text reason = Text.of(key, args);
        return new SignOffRefusedException(reason, texts.say(reason, Locale.ENGLISH));
    }

    private void notifyAffected(long campId, CampPlan plan, RosterDiff diff) {
        String camp = plan.camp().name();
        boolean first = diff.fromRevision() == null;
        for (String personId : diff.affectedPeople()) {
            Text subject = first ? Text.of("notice.published.subject", camp)
                    : Text.of("notice.changed.subject", camp, diff.toRevision());
            List<Text> lines = diff.of(personId).stream().map(RosterDiff.lineFor(personId)).toList();
            Text body = Text.of(first ? "notice.published.body" : "notice.changed.body", lines);
            inbox.post(campId, personId, subject, body, "my-shifts");
        }
    }

    /** Seat by seat from {@code before} (none: nothing published before) to a plan numbered {@code toNumber}. */
    private RosterDiff diffFrom(Optional<RosterRevision> before, int toNumber, CampPlan to) {
        LocalDateTime campNow = LocalDateTime.now(clock.withZone(ZoneId.of(to.camp().timeZone())));
        return RosterDiff.between(before.map(RosterRevision::getNumber).orElse(null), before.map(this::planOf).orElse(null),
                toNumber, to, campNow);
    }

    private RevisionSummary summary(RosterRevision revision) {
        return RevisionSummary.of(revision, signerNames(List.of(revision)));
    }

    private Map<String, String> signerNames(List<RosterRevision> of) {
        return accountNames.of(of.stream().flatMap(r -> Stream.of(r.getProposedBy(), r.getDecidedBy()))
                .filter(Objects::nonNull).collect(Collectors.toSet()));
    }

    /** The signed-in planner by the name others know them by. */
    private static String signer() {
        return CurrentUser.get().map(CampUser::displayName).orElse(CurrentUser.name());
    }

    private static String signOffPage(long campId) {
        return "sign-off/" + campId;
    }

    private int nextNumber(long campId) {
        return revisions.findFirstByCampIdOrderByNumberDesc(campId).map(RosterRevision::getNumber).orElse(0) + 1;
    }

    private CampPlan planOf(RosterRevision revision) {
        return publishedRevisions.published(revision).plan();
    }
}
