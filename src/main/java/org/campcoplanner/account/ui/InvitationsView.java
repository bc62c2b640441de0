package org.campcoplanner.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.campcoplanner.account.InvitationStatus;
import org.campcoplanner.account.InvitationSummary;
import org.campcoplanner.account.Invitations;
import org.campcoplanner.base.InvalidFormException;
import org.campcoplanner.base.ui.Notifications;
import org.campcoplanner.planning.DateStyle;


/**
 * A camp's invitations: planners send one to everyone with an email address and no account, and see
 * which were accepted, which expired, and send again or take back the ones still open.
 */
import java.util.List;

@Route("invitations")
@RolesAllowed({"ADMIN", "STAFF", "LEADER"})
public class InvitationsView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final Invitations invitations;
    final Grid<InvitationSummary> grid = new Grid<>(InvitationSummary.class, false);
    final Button inviteEveryone = new Button();
    final ComboBox<Invitations.InvitablePerson> onePerson = new ComboBox<>();
    final Button inviteOne = new Button();
    private final Paragraph reach = new Paragraph();
    private long campId;

    public InvitationsView(Invitations invitations) {
        this.invitations = invitations;
        inviteEveryone.setId("invite-everyone");
        inviteEveryone.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        inviteEveryone.addClickListener(click -> confirmEveryone());
        onePerson.setLabel(getTranslation("account.invite.one-person"));
        onePerson.setItemLabelGenerator(Invitations.InvitablePerson::name);
        onePerson.setId("invite-one-person");
        onePerson.setClearButtonVisible(true);
        inviteOne.setText(getTranslation("account.invite.one"));
        inviteOne.setId("invite-one");
        inviteOne.addClickListener(click -> {
            Invitations.InvitablePerson person = onePerson.getValue();
            if (person == null) {
                onePerson.setInvalid(true);
                onePerson.setErrorMessage(getTranslation("account.invite.choose-person"));
                return;
            }
            act(() -> {
                invitations.invite(campId, List.of(person.personId()));
                Notifications.success(getTranslation("account.invite.sent-one", person.name()));
            });
        });
        grid.addColumn(InvitationSummary::personName).setHeader(getTranslation("account.invite.person")).setAutoWidth(true);
        grid.addColumn(InvitationSummary::email).setHeader(getTranslation("account.invite.email")).setAutoWidth(true);
        grid.addColumn(this::status).setHeader(getTranslation("account.invite.status")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setKey("actions").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.setAllRowsVisible(true);
    }

    @Override
    public void setParameter(BeforeEvent event, Long campId) {
        this.campId = campId;
        removeAll();
        add(new H2(getTranslation("account.invite.heading")), new Anchor("people/" + campId, getTranslation("account.invite.back")),
                new Paragraph(getTranslation("account.invite.intro")));
        if (!invitations.offered()) {
            add(new Paragraph(getTranslation("account.invite.no-email")));
        } else {
            HorizontalLayout one = new HorizontalLayout(onePerson, inviteOne);
            one.setAlignItems(Alignment.BASELINE);
            one.setWrap(true);
            add(reach, inviteEveryone, one);
        }
        add(grid);
        refresh();
    }

    private void refresh() {
        int invitable = invitations.invitableCount(campId);
        reach.setText(getTranslation("account.invite.reach", invitable));
        inviteEveryone.setText(getTranslation("account.invite.everyone", invitable));
        inviteEveryone.setEnabled(invitable > 0);
        onePerson.clear();
        onePerson.setInvalid(false);
        onePerson.setItems(invitations.invitable(campId));
        onePerson.setEnabled(invitable > 0);
        inviteOne.setEnabled(invitable > 0);
        grid.setItems(invitations.list(campId));
    }

    /** Many emails leave at once and cannot be called back: the planner says so first. */
    private void confirmEveryone() {
        Dialog confirm = new Dialog();
        confirm.setHeaderTitle(getTranslation("account.invite.confirm-title"));
        confirm.add(new Paragraph(getTranslation("account.invite.confirm", invitations.invitableCount(campId))));
        Button send = new Button(getTranslation("account.invite.confirm-send"), click -> {
            confirm.close();
            act(() -> {
                int invited = invitations.invite(campId, null);
                Notifications.success(getTranslation("account.invite.sent", invited));
            });
        });
        send.setId("invite-everyone-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.getFooter().add(new Button(getTranslation("account.invite.confirm-cancel"), click -> confirm.close()), send);
        confirm.open();
    }

    private String status(InvitationSummary invitation) {
        return switch (invitation.status()) {
            case SENT -> getTranslation("account.invite.status.sent", DateStyle.dayTime(invitation.expiresAt(), getLocale()));
            case ACCEPTED -> getTranslation("account.invite.status.accepted", invitation.username());
            case EXPIRED -> getTranslation("account.invite.status.expired");
            case REVOKED -> getTranslation("account.invite.status.revoked");
        };
    }

    private HorizontalLayout actions(InvitationSummary invitation) {
        HorizontalLayout actions = new HorizontalLayout();
        if (invitation.status() != InvitationStatus.ACCEPTED && invitations.offered()) {
            Button resend = new Button(getTranslation("account.invite.resend"), click -> act(() -> {
                invitations.resend(campId, invitation.id());
                Notifications.success(getTranslation("account.invite.resent", invitation.personName()));
            }));
            resend.addThemeVariants(ButtonVariant.LUMO_SMALL);
            actions.add(resend);
        }
        if (invitation.status() == InvitationStatus.SENT) {
            Button revoke = new Button(getTranslation("account.invite.revoke"), click -> act(() -> {
                invitations.revoke(campId, invitation.id());
                Notifications.success(getTranslation("account.invite.revoked", invitation.personName()));
            }));
            revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            actions.add(revoke);
        }
        return actions;
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (InvalidFormException e) {
            Notifications.refused(e);
        }
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.invite.page-title");
    }
}
