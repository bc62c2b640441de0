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
        Paragraph stage = new Paragraph(describe(state, getLocale()));
        stage.setId("sign-off-stage");
        add(new H2("Sign-off"), stage, new Anchor("roster/" + campId, "Back to the roster board"));
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

    private static String describe(SignOffState state, Locale locale) {
        return switch (state.stage()) {
            case PROPOSED -> "Revision " + state.pending().number() + " was signed by " + state.pending().proposedByName()
                    + " on " + stamp(state.pending().proposedAt(), locale) + " and waits for a staff member."
                    + (state.draftDiffersFromPending() ? " The draft has changed since; those changes are not part "
                    + "of the proposal." : "");
            case PUBLISHED -> "Revision " + state.published().number() + " is published; the draft is unchanged since.";
            case DRAFT -> state.published() == null ? "Nothing is published yet. The roster is a draft."
                    : "Revision " + state.published().number() + " is published; the draft has changed since.";
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
            part.add(new H3("What revision " + diff.toRevision() + " changed"));
            part.add(new Paragraph(diff.fromRevision() == null ? "It was the first publication: everyone with shifts "
                    + "was told (" + diff.affectedPeople().size() + " people)."
                    : diff.changes().size() + " seat(s) changed against revision " + diff.fromRevision() + "; "
                    + diff.affectedPeople().size() + " people were told."));
            SeatChangesGrid.pastOnlyNote(diff).ifPresent(part::add);
            part.add(SeatChangesGrid.of(diff, "revision-diff", getLocale()));
        });
        return part;
    }

    private void propose(boolean emptySeatsAcknowledged) {
        act(() -> {
            RevisionSummary revision = signOff.propose(campId, emptySeatsAcknowledged);
            return "Revision " + revision.number() + " is signed and waits for a staff member.";
        });
    }

    private void approve(int revision, boolean emptySeatsAcknowledged) {
        act(() -> {
            Publication published = signOff.approve(campId, revision, emptySeatsAcknowledged);
            return "Revision " + published.revision().number() + " is published; " + published.peopleNotified()
                    + " people were told about their shifts.";
        });
    }

    private void requestChanges(ProposalReview review, int revision, String comment) {
        try {
            signOff.requestChanges(campId, revision, comment);
            Notifications.success("Revision " + revision + " went back to the leaders with your comment.");
            show();
        } catch (InvalidFormException e) {
            review.showProblems(e);
        } catch (SignOffRefusedException e) {
            Notifications.error(e.getMessage());
            show();
        }
    }

    private void act(Supplier<String> signature) {
        try {
            Notifications.success(signature.get());
        } catch (SignOffRefusedException e) {
            Notifications.error(e.getMessage());
        }
        show();
    }

    @Override
    public String getPageTitle() {
        return "Sign-off | Camp co-planner";
    }
}
