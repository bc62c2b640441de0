package org.campcoplanner.signoff.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.shared.Registration;
import org.campcoplanner.planning.Text;
import org.campcoplanner.roster.RosterCheck;
import org.campcoplanner.signoff.RosterDiff;

import java.util.Optional;

/**
 * The draft as a leader signs it: the hard rules that stop a signature, what it changes against the
 * published revision, and the signature itself, which fires a {@link ProposeEvent}.
 */
class DraftSignature extends Composite<VerticalLayout> {

    private static final int HARD_BREAKS_SHOWN = 10;

    /**
     * @param againstPublished the draft's seat changes against the published revision, if they are to be shown
     * @param signedAlready    the revision the draft is exactly, when it is the waiting proposal or the published one
     * @param canSign          whether the signed-in person is a leader, who signs drafts
     */
    DraftSignature(RosterCheck check, Optional<RosterDiff> againstPublished, Optional<SignedAlready> signedAlready,
                   boolean canSign) {
        VerticalLayout part = getContent();
        part.setPadding(false);
        part.add(new H3(getTranslation("signoff.draft.heading")));
        if (check.signable()) {
            Paragraph words = new Paragraph(say(check.inWords()));
            words.setId("draft-score");
            part.add(words);
        } else {
            Paragraph broken = new Paragraph(getTranslation("signoff.draft.fix-first", check.inWords()));
            broken.setId("draft-hard-breaks");
            UnorderedList sentences = new UnorderedList();
            check.hardBreaks().stream().limit(HARD_BREAKS_SHOWN)
                    .forEach(sentence -> sentences.add(new ListItem(say(sentence))));
            if (check.hardBreaks().size() > HARD_BREAKS_SHOWN) {
                sentences.add(new ListItem(getTranslation("signoff.draft.more",
                        check.hardBreaks().size() - HARD_BREAKS_SHOWN)));
            }
            part.add(broken, sentences);
        }
        againstPublished.ifPresent(diff -> {
            Paragraph changed = new Paragraph(getTranslation("signoff.draft.changes", diff.changes().size(),
                    diff.fromRevision(), diff.affectedPeople().size()));
            changed.setId("draft-changes");
            part.add(changed);
            SeatChangesGrid.pastOnlyNote(diff).ifPresent(part::add);
            part.add(SeatChangesGrid.of(diff, "draft-diff"));
        });
        Optional<EmptySeatsAcknowledgement> acknowledge = EmptySeatsAcknowledgement.needed(check.emptySeats(),
                "acknowledge-draft-empty-seats");
        acknowledge.ifPresent(part::add);
        if (canSign) {
            Button propose = new Button(getTranslation("signoff.draft.propose"),
                    click -> fireEvent(new ProposeEvent(this, EmptySeatsAcknowledgement.given(acknowledge))));
            propose.setId("propose");
            propose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            propose.setEnabled(check.signable() && signedAlready.isEmpty());
            part.add(propose);
            signedAlready.ifPresent(revision -> {
                Paragraph already = new Paragraph(getTranslation(revision.published()
                        ? "signoff.draft.is-published" : "signoff.draft.is-proposed", revision.number()));
                already.setId("draft-already-proposed");
                part.add(already);
            });
        } else {
            part.add(new Paragraph(getTranslation("signoff.draft.leader-signs")));
        }
    }

    private String say(Text text) {
        return getTranslation(text.key(), text.args().toArray());
    }

    /** The revision a draft is exactly: the waiting proposal or, with none waiting, the published one. */
    record SignedAlready(int number, boolean published) {
    }

    Registration addProposeListener(ComponentEventListener<ProposeEvent> listener) {
        return addListener(ProposeEvent.class, listener);
    }

    /** The leader signs the draft to propose it. */
    static final class ProposeEvent extends ComponentEvent<DraftSignature> {

        private final boolean emptySeatsAcknowledged;

        ProposeEvent(DraftSignature source, boolean emptySeatsAcknowledged) {
            super(source, true);
            this.emptySeatsAcknowledged = emptySeatsAcknowledged;
        }

        boolean emptySeatsAcknowledged() {
            return emptySeatsAcknowledged;
        }
    }
}
