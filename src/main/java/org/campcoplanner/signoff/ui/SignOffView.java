package org.campcoplanner.signoff.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.campcoplanner.base.InvalidFormException;
import org.campcoplanner.base.ui.FormProblems;
import org.campcoplanner.base.ui.Notifications;
import org.campcoplanner.roster.RosterCheck;
import org.campcoplanner.security.CurrentUser;
import org.campcoplanner.signoff.Publication;
import org.campcoplanner.signoff.RevisionSummary;
import org.campcoplanner.signoff.RosterDiff;
import org.campcoplanner.signoff.SeatChange;
import org.campcoplanner.signoff.SignOffRefusedException;
import org.campcoplanner.signoff.SignOffService;
import org.campcoplanner.signoff.SignOffState;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Where a leader signs the draft (proposes) and a staff member signs the proposal (publishes)
 * or asks for changes. Both see the rules that stop a signature and what publishing changes.
 */
@RolesAllowed({"ADMIN", "STAFF", "LEADER"})
@Route("sign-off")
public class SignOffView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.CANADA)
            .withZone(ZoneId.systemDefault());
    private static final DateTimeFormatter SHIFT = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.CANADA);

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
        add(new H2("Sign-off"), stage, new Anchor("roster/" + campId, "Back to the roster board"));
        add(leaderPart(state));
        if (state.pending() != null) {
            add(staffPart(state.pending()));
        } else if (state.published() != null) {
            add(lastPublication());
        }
        add(history());
    }

    private static String describe(SignOffState state) {
        return switch (state.stage()) {
            case PROPOSED -> "Revision " + state.pending().number() + " was signed by " + state.pending().proposedBy()
                    + " on " + WHEN.format(state.pending().proposedAt()) + " and waits for a staff member."
                    + (state.draftDiffersFromPending() ? " The draft has changed since; those changes are not part "
                    + "of the proposal." : "");
            case PUBLISHED -> "Revision " + state.published().number() + " is published; the draft is unchanged since.";
            case DRAFT -> state.published() == null ? "Nothing is published yet. The roster is a draft."
                    : "Revision " + state.published().number() + " is published; the draft has changed since.";
        };
    }

    private Component leaderPart(SignOffState state) {
        VerticalLayout part = new VerticalLayout();
        part.setPadding(false);
        part.add(new H3("The draft"));
        RosterCheck check = signOff.checkDraft(campId);
        if (check.signable()) {
            part.add(new Paragraph("No hard rule is broken. Score " + check.score() + "."));
        } else {
            Paragraph broken = new Paragraph(check.hardBreaks().size() + " hard rule(s) broken; fix them on the roster "
                    + "board before anyone can sign:");
            broken.setId("draft-hard-breaks");
            part.add(broken, sentences(check));
        }
        if (state.published() != null && state.draftDiffersFromPublished()) {
            signOff.draftDiff(campId).filter(diff -> !diff.changes().isEmpty()).ifPresent(diff -> {
                Paragraph changed = new Paragraph("The draft changes " + diff.changes().size() + " seat(s) against the "
                        + "published revision " + diff.fromRevision() + "; " + diff.affectedPeople().size()
                        + " people would be told:");
                changed.setId("draft-changes");
                part.add(changed, changes(diff, "draft-diff"));
            });
        }
        Checkbox acknowledge = emptySeats(check.emptySeats(), "acknowledge-draft-empty-seats");
        if (acknowledge != null) {
            part.add(acknowledge);
        }
        if (CurrentUser.hasRole("LEADER")) {
            Button propose = new Button("Sign and propose the draft", click -> propose(acknowledge));
            propose.setId("propose");
            propose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            propose.setEnabled(check.signable());
            part.add(propose);
        } else {
            part.add(new Paragraph("A neighbourhood leader of the camp signs the draft to propose it."));
        }
        return part;
    }

    private Component staffPart(RevisionSummary pending) {
        VerticalLayout part = new VerticalLayout();
        part.setPadding(false);
        part.add(new H3("Revision " + pending.number() + ", waiting for staff"));
        signOff.pendingDiff(campId).ifPresent(diff -> part.add(new Paragraph(changesIntro(diff)), changes(diff)));
        if (!CurrentUser.hasRole("STAFF")) {
            part.add(new Paragraph("A city staff member of the camp signs it to publish it, or asks for changes."));
            return part;
        }
        Checkbox acknowledge = emptySeats(pending.emptySeats(), "acknowledge-pending-empty-seats");
        Button approve = new Button("Sign and publish revision " + pending.number(),
                click -> approve(pending.number(), acknowledge));
        approve.setId("approve");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        TextArea comment = new TextArea("What should change");
        comment.setId("change-comment");
        comment.setWidthFull();
        comment.setMaxLength(2000);
        Button requestChanges = new Button("Ask for changes", click -> requestChanges(pending.number(), comment));
        requestChanges.setId("request-changes");
        if (acknowledge != null) {
            part.add(acknowledge);
        }
        part.add(approve, comment, requestChanges);
        return part;
    }

    private Component lastPublication() {
        VerticalLayout part = new VerticalLayout();
        part.setPadding(false);
        signOff.lastPublicationDiff(campId).ifPresent(diff -> {
            part.add(new H3("What revision " + diff.toRevision() + " changed"));
            part.add(new Paragraph(diff.fromRevision() == null ? "It was the first publication: everyone with shifts "
                    + "was told (" + diff.affectedPeople().size() + " people)."
                    : diff.changes().size() + " seat(s) changed against revision " + diff.fromRevision() + "; "
                    + diff.affectedPeople().size() + " people were told."), changes(diff));
        });
        return part;
    }

    private static String changesIntro(RosterDiff diff) {
        String against = diff.fromRevision() == null ? "Nothing is published yet; publishing gives these shifts:"
                : "Publishing changes these seats against revision " + diff.fromRevision() + ":";
        return diff.changes().isEmpty() ? "No seat changes against revision " + diff.fromRevision() + "."
                : against + " " + diff.affectedPeople().size() + " people will be told.";
    }

    static Grid<SeatChange> changes(RosterDiff diff) {
        return changes(diff, "revision-diff");
    }

    static Grid<SeatChange> changes(RosterDiff diff, String id) {
        Grid<SeatChange> grid = new Grid<>(SeatChange.class, false);
        grid.setId(id);
        grid.addColumn(c -> SHIFT.format(c.start())).setHeader("When").setAutoWidth(true);
        grid.addColumn(SeatChange::title).setHeader("Session").setAutoWidth(true);
        grid.addColumn(SeatChange::seat).setHeader("Seat");
        grid.addColumn(c -> c.outName() == null ? "" : c.outName()).setHeader("Out");
        grid.addColumn(c -> c.inName() == null ? "" : c.inName()).setHeader("In");
        grid.setItems(diff.changes());
        grid.setAllRowsVisible(diff.changes().size() <= 20);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        return grid;
    }

    private Component history() {
        Grid<RevisionSummary> grid = new Grid<>(RevisionSummary.class, false);
        grid.setId("revisions");
        grid.addColumn(RevisionSummary::number).setHeader("Revision").setAutoWidth(true);
        grid.addColumn(r -> r.status().name().toLowerCase(Locale.ROOT).replace('_', ' ')).setHeader("Status");
        grid.addColumn(r -> r.proposedBy() + ", " + WHEN.format(r.proposedAt())).setHeader("Signed by leader");
        grid.addColumn(r -> r.decidedBy() == null ? "" : r.decidedBy() + ", " + WHEN.format(r.decidedAt()))
                .setHeader("Decided by staff");
        grid.addColumn(RevisionSummary::emptySeats).setHeader("Empty seats");
        grid.addColumn(r -> r.comment() == null ? "" : r.comment()).setHeader("Comment").setFlexGrow(2);
        grid.setItems(signOff.revisions(campId));
        grid.setAllRowsVisible(true);
        VerticalLayout part = new VerticalLayout(new H3("Revisions"), grid);
        part.setPadding(false);
        return part;
    }

    private static UnorderedList sentences(RosterCheck check) {
        UnorderedList list = new UnorderedList();
        check.hardBreaks().stream().limit(10).forEach(sentence -> list.add(new ListItem(sentence)));
        return list;
    }

    private static Checkbox emptySeats(int emptySeats, String id) {
        if (emptySeats == 0) {
            return null;
        }
        Checkbox acknowledge = new Checkbox("I know " + emptySeats + " seat(s) are empty and sign anyway");
        acknowledge.setId(id);
        return acknowledge;
    }

    private void propose(Checkbox acknowledge) {
        act(() -> {
            RevisionSummary revision = signOff.propose(campId, acknowledge != null && acknowledge.getValue());
            return "Revision " + revision.number() + " is signed and waits for a staff member.";
        });
    }

    private void approve(int revision, Checkbox acknowledge) {
        act(() -> {
            Publication published = signOff.approve(campId, revision, acknowledge != null && acknowledge.getValue());
            return "Revision " + published.revision().number() + " is published; " + published.peopleNotified()
                    + " people were told about their shifts.";
        });
    }

    private void requestChanges(int revision, TextArea comment) {
        try {
            signOff.requestChanges(campId, revision, comment.getValue());
            Notifications.done("Revision " + revision + " went back to the leaders with your comment.");
            show();
        } catch (InvalidFormException e) {
            FormProblems.on(comment).show(e);
        } catch (SignOffRefusedException e) {
            Notifications.refused(e.getMessage());
            show();
        }
    }

    private void act(Supplier<String> signature) {
        try {
            Notifications.done(signature.get());
        } catch (SignOffRefusedException e) {
            Notifications.refused(e.getMessage());
        }
        show();
    }

    @Override
    public String getPageTitle() {
        return "Sign-off | Camp co-planner";
    }
}
