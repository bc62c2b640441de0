package org.campcoplanner.signoff.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.campcoplanner.base.InvalidFormException;
import org.campcoplanner.base.ui.Notifications;
import org.campcoplanner.planning.DateStyle;
import org.campcoplanner.security.CurrentUser;
import org.campcoplanner.signoff.Publication;
import org.campcoplanner.signoff.RevisionSummary;
import org.campcoplanner.signoff.RosterDiff;
import org.campcoplanner.signoff.SignOffRefusedException;
import org.campcoplanner.signoff.SignOffService;
import org.campcoplanner.signoff.SignOffState;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Where a leader signs the draft (proposes) and a staff member signs the proposal (publishes)
 * or asks for changes. Both see the rules that stop a signature and what publishing changes.
 */
@RolesAllowed({"ADMIN", "STAFF", "LEADER"})
@Route("sign-off")
public class SignOffView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final SignOffService signOff;
    private long campId;

    public SignOffView(SignOffService signOff) {
        this.signOff = signOff;
        setWidthFull();
    }

    @Override
    public void setParameter(BeforeEvent event, Long camp) {
        campId = camp;
        show();
    }

    private void show() {
        removeAll();
        SignOffState state = signOff.state(campId);
        Paragraph stage = new Paragraph(describe(state));
        stage.setId("sign-off-stage");
        add(new H2(getTranslation("signoff.page.heading")), stage,
                new Anchor("roster/" + campId, getTranslation("signoff.page.back-to-board")));
        boolean draftIsProposed = state.pending() != null && !state.draftDiffersFromPending();
        // a draft that is the waiting proposal has its changes shown once, under the proposal
        DraftSignature draft = new DraftSignature(signOff.checkDraft(campId),
                draftIsProposed ? Optional.empty() : changesAgainstPublished(state), unchanged(state),
                CurrentUser.hasRole("LEADER"));
        draft.addProposeListener(propose -> propose(propose.emptySeatsAcknowledged()));
        add(draft);
        if (state.pending() != null) {
            ProposalReview review = new ProposalReview(state.pending(), signOff.pendingDiff(campId),
                    CurrentUser.hasRole("STAFF"));
            review.addApproveListener(approve -> approve(approve.revision(), approve.emptySeatsAcknowledged()));
            review.addRequestChangesListener(request -> requestChanges(review, request.revision(), request.comment()));
            add(review);
        } else if (state.published() != null) {
            add(lastPublication());
        }
        add(new RevisionHistory(signOff.revisions(campId)));
    }

    /** When something was signed or decided, in the server's zone as the audit trail tells it. */
    static String stamp(Instant at, Locale locale) {
        return DateStyle.timestamp(at, ZoneId.systemDefault(), locale);
    }

    private String describe(SignOffState state) {
        return switch (state.stage()) {
            case PROPOSED -> getTranslation(state.draftDiffersFromPending() ? "signoff.stage.proposed-draft-changed"
                            : "signoff.stage.proposed", state.pending().number(), state.pending().proposedByName(),
                    stamp(state.pending().proposedAt(), getLocale()));
            case PUBLISHED -> getTranslation("signoff.stage.published", state.published().number());
            case DRAFT -> state.published() == null ? getTranslation("signoff.stage.nothing-published")
                    : getTranslation("signoff.stage.published-draft-changed", state.published().number());
        };
    }

    /** What the draft is as it stands, when it is a revision already signed: nothing new to propose. */
    private static Optional<DraftSignature.SignedAlready> unchanged(SignOffState state) {
        if (state.pending() != null && !state.draftDiffersFromPending()) {
            return Optional.of(new DraftSignature.SignedAlready(state.pending().number(), false));
        }
        if (state.pending() == null && state.published() != null && !state.draftDiffersFromPublished()) {
            return Optional.of(new DraftSignature.SignedAlready(state.published().number(), true));
        }
        return Optional.empty();
    }

    /** The draft's seat changes against the published revision, when it has any. */
    private Optional<RosterDiff> changesAgainstPublished(SignOffState state) {
        if (state.published() == null || !state.draftDiffersFromPublished()) {
            return Optional.empty();
        }
        return signOff.draftDiff(campId).filter(diff -> !diff.changes().isEmpty());
    }

    private Component lastPublication() {
        VerticalLayout part = new VerticalLayout();
        part.setPadding(false);
        signOff.lastPublicationDiff(campId).ifPresent(diff -> {
            part.add(new H3(getTranslation("signoff.last.heading", diff.toRevision())));
            part.add(new Paragraph(diff.fromRevision() == null
                    ? getTranslation("signoff.last.first", diff.affectedPeople().size())
                    : getTranslation("signoff.last.changes", diff.changes().size(), diff.fromRevision(),
                    diff.affectedPeople().size())));
            SeatChangesGrid.pastOnlyNote(diff).ifPresent(part::add);
            part.add(SeatChangesGrid.of(diff, "revision-diff"));
        });
        return part;
    }

    private void propose(boolean emptySeatsAcknowledged) {
        act(() -> {
            RevisionSummary revision = signOff.propose(campId, emptySeatsAcknowledged);
            return getTranslation("signoff.done.proposed", revision.number());
        });
    }

    private void approve(int revision, boolean emptySeatsAcknowledged) {
        act(() -> {
            Publication published = signOff.approve(campId, revision, emptySeatsAcknowledged);
            return getTranslation("signoff.done.published", published.revision().number(), published.peopleNotified());
        });
    }

    private void requestChanges(ProposalReview review, int revision, String comment) {
        try {
            signOff.requestChanges(campId, revision, comment);
            Notifications.success(getTranslation("signoff.done.changes-requested", revision));
            show();
        } catch (InvalidFormException e) {
            review.showProblems(e);
        } catch (SignOffRefusedException e) {
            Notifications.error(refusal(e));
            show();
        }
    }

    private void act(Supplier<String> signature) {
        try {
            Notifications.success(signature.get());
        } catch (SignOffRefusedException e) {
            Notifications.error(refusal(e));
        }
        show();
    }

    private String refusal(SignOffRefusedException e) {
        return getTranslation(e.reason().key(), e.reason().args().toArray());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("signoff.page.title");
    }
}
