package org.campcoplanner.signoff.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;
import org.campcoplanner.base.InvalidFormException;
import org.campcoplanner.base.ui.FormProblems;
import org.campcoplanner.signoff.RevisionSummary;
import org.campcoplanner.signoff.RosterDiff;

import java.util.Optional;

/**
 * A proposed revision as staff review it: what publishing changes, and the staff member's decision,
 * which fires an {@link ApproveEvent} or a {@link RequestChangesEvent} with their comment.
 */
class ProposalReview extends Composite<VerticalLayout> {

    private final TextArea comment = new TextArea(getTranslation("signoff.review.comment"));

    /**
     * @param changes   what publishing the revision changes, seat by seat
     * @param canDecide whether the signed-in person is a staff member, who decides on proposals
     */
    ProposalReview(RevisionSummary pending, Optional<RosterDiff> changes, boolean canDecide) {
        VerticalLayout part = getContent();
        part.setPadding(false);
        part.add(new H3(getTranslation("signoff.review.heading", pending.number())));
        changes.ifPresent(diff -> {
            part.add(new Paragraph(intro(diff)));
            SeatChangesGrid.pastOnlyNote(diff).ifPresent(part::add);
            part.add(SeatChangesGrid.of(diff, "revision-diff"));
        });
        if (!canDecide) {
            part.add(new Paragraph(getTranslation("signoff.review.staff-signs")));
            return;
        }
        Optional<EmptySeatsAcknowledgement> acknowledge = EmptySeatsAcknowledgement.needed(pending.emptySeats(),
                "acknowledge-pending-empty-seats");
        Button approve = new Button(getTranslation("signoff.review.approve", pending.number()), click -> fireEvent(
                new ApproveEvent(this, pending.number(), EmptySeatsAcknowledgement.given(acknowledge))));
        approve.setId("approve");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        comment.setId("change-comment");
        comment.setWidthFull();
        comment.setMaxLength(2000);
        Button requestChanges = new Button(getTranslation("signoff.review.request-changes"),
                click -> fireEvent(new RequestChangesEvent(this, pending.number(), comment.getValue())));
        requestChanges.setId("request-changes");
        acknowledge.ifPresent(part::add);
        part.add(approve, comment, requestChanges);
    }

    /** A refused request for changes: its problem goes on the comment. */
    void showProblems(InvalidFormException refused) {
        FormProblems.on(comment).show(refused);
    }

    private String intro(RosterDiff diff) {
        if (diff.changes().isEmpty()) {
            return getTranslation("signoff.review.no-change", diff.fromRevision());
        }
        return getTranslation(diff.fromRevision() == null ? "signoff.review.first" : "signoff.review.changes",
                diff.fromRevision(), diff.affectedPeople().size());
    }

    Registration addApproveListener(ComponentEventListener<ApproveEvent> listener) {
        return addListener(ApproveEvent.class, listener);
    }

    Registration addRequestChangesListener(ComponentEventListener<RequestChangesEvent> listener) {
        return addListener(RequestChangesEvent.class, listener);
    }

    /** The staff member signs the revision to publish it. */
    static final class ApproveEvent extends ComponentEvent<ProposalReview> {

        private final int revision;
        private final boolean emptySeatsAcknowledged;

        ApproveEvent(ProposalReview source, int revision, boolean emptySeatsAcknowledged) {
            super(source, true);
            this.revision = revision;
            this.emptySeatsAcknowledged = emptySeatsAcknowledged;
        }

        int revision() {
            return revision;
        }

        boolean emptySeatsAcknowledged() {
            return emptySeatsAcknowledged;
        }
    }

    /** The staff member sends the revision back to the leaders with a comment. */
    static final class RequestChangesEvent extends ComponentEvent<ProposalReview> {

        private final int revision;
        private final String comment;

        RequestChangesEvent(ProposalReview source, int revision, String comment) {
            super(source, true);
            this.revision = revision;
            this.comment = comment;
        }

        int revision() {
            return revision;
        }

        String comment() {
            return comment;
        }
    }
}
