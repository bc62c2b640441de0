package org.campcoplanner.shifts.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.campcoplanner.base.ChangedMeanwhileException;
import org.campcoplanner.base.ui.Notifications;
import org.campcoplanner.roster.CampChanges;
import org.campcoplanner.shifts.OpenWithdrawal;
import org.campcoplanner.shifts.ReplanOutcome;
import org.campcoplanner.shifts.ReplanRefusedException;
import org.campcoplanner.shifts.ReplanService;

import java.util.List;

/**
 * Planners see who can't make a published shift as soon as they say so, and re-plan each with one
 * action; the re-planned draft then goes through sign-off.
 */
@Route("withdrawals")
@RolesAllowed({"ADMIN", "STAFF", "LEADER"})
public class WithdrawalsView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final ReplanService replans;
    private final CampChanges changes;
    private final VerticalLayout list = new VerticalLayout();
    private long campId;
    private Runnable stopWatching = () -> { };

    public WithdrawalsView(ReplanService replans, CampChanges changes) {
        this.replans = replans;
        this.changes = changes;
        list.setPadding(false);
        list.setId("withdrawals");
    }

    @Override
    public void setParameter(BeforeEvent event, Long camp) {
        campId = camp;
        removeAll();
        add(new H2(getTranslation("shifts.withdrawals.heading")), new Paragraph(getTranslation("shifts.withdrawals.intro")),
                new Anchor("sign-off/" + campId, getTranslation("shifts.withdrawals.sign-off")), list);
        show();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("shifts.withdrawals.page-title");
    }

    private void show() {
        list.removeAll();
        List<OpenWithdrawal> open = replans.open(campId);
        if (open.isEmpty()) {
            list.add(new Paragraph(getTranslation("shifts.withdrawals.none")));
        }
        open.forEach(withdrawal -> list.add(card(withdrawal)));
    }

    private Div card(OpenWithdrawal withdrawal) {
        Div card = new Div();
        card.addClassName("shift-card");
        Span who = new Span(getTranslation("shifts.withdrawals.who", withdrawal.person(), withdrawal.seat()));
        who.addClassName("shift-when");
        Span why = new Span(getTranslation("shifts.withdrawals.reason", withdrawal.reason()));
        why.addClassName("shift-with");
        Button replan = new Button(getTranslation("shifts.withdrawals.replan"), click -> replan(withdrawal));
        replan.addClassName("replan");
        replan.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        card.add(who, why, replan);
        return card;
    }

    private void replan(OpenWithdrawal withdrawal) {
        ReplanOutcome outcome;
        try {
            outcome = replans.replan(campId, withdrawal.id());
        } catch (ReplanRefusedException e) {
            Notifications.error(getTranslation(e.text().key(), e.text().args().toArray()));
            show();
            return;
        } catch (ChangedMeanwhileException e) {
            Notifications.changedMeanwhile(e);
            show();
            return;
        }
        String text = outcome.vacatedSeatFilled()
                ? getTranslation("shifts.withdrawals.filled", outcome.otherSeatsChanged())
                : getTranslation("shifts.withdrawals.left-empty");
        if (outcome.vacatedSeatFilled()) {
            Notifications.success(text);
        } else {
            Notifications.warning(text);
        }
        show();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        stopWatching = changes.watch(campId, this, changed -> ui.access(this::show));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        stopWatching.run();
    }
}
