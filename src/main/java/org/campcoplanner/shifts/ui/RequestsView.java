package org.campcoplanner.shifts.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import org.campcoplanner.base.ChangedMeanwhileException;
import org.campcoplanner.base.InvalidFormException;
import org.campcoplanner.base.ui.FormProblems;
import org.campcoplanner.base.ui.Notifications;
import org.campcoplanner.planning.Text;
import org.campcoplanner.roster.CampChanges;
import org.campcoplanner.shifts.OpenWithdrawal;
import org.campcoplanner.shifts.ReplanOutcome;
import org.campcoplanner.shifts.ReplanRefusedException;
import org.campcoplanner.shifts.ReplanService;
import org.campcoplanner.shifts.RequestDecisions;
import org.campcoplanner.shifts.RequestView;
import org.campcoplanner.shifts.ShiftRequestRefusedException;

import java.util.List;

/**
 * What volunteers ask of the published roster, as soon as they ask: who can't make a shift (re-planned
 * with one action), who offers to take an empty seat, and swaps and hand-overs both people agreed
 * to (accepted into the draft or declined with a word). The draft then goes through sign-off.
 * The old address of the withdrawals page still leads here, for messages that link to it.
 */
@Route("requests")
@RouteAlias("withdrawals")
@RolesAllowed({"ADMIN", "STAFF", "LEADER"})
public class RequestsView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final ReplanService replans;
    private final RequestDecisions decisions;
    private final CampChanges changes;
    private final VerticalLayout withdrawals = new VerticalLayout();
    private final VerticalLayout requests = new VerticalLayout();
    private long campId;
    private Runnable stopWatching = () -> { };

    public RequestsView(ReplanService replans, RequestDecisions decisions, CampChanges changes) {
        this.replans = replans;
        this.decisions = decisions;
        this.changes = changes;
        withdrawals.setPadding(false);
        withdrawals.setId("withdrawals");
        requests.setPadding(false);
        requests.setId("shift-requests");
    }

    @Override
    public void setParameter(BeforeEvent event, Long camp) {
        campId = camp;
        removeAll();
        add(new H2(getTranslation("shifts.requests.heading")), new Paragraph(getTranslation("shifts.requests.intro")),
                new Anchor("sign-off/" + campId, getTranslation("shifts.withdrawals.sign-off")),
                new H3(getTranslation("shifts.requests.withdrawals")), withdrawals,
                new H3(getTranslation("shifts.requests.offers")), requests);
        show();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("shifts.requests.page-title");
    }

    private void show() {
        withdrawals.removeAll();
        List<OpenWithdrawal> open = replans.open(campId);
        if (open.isEmpty()) {
            withdrawals.add(new Paragraph(getTranslation("shifts.withdrawals.none")));
        }
        open.forEach(withdrawal -> withdrawals.add(card(withdrawal)));
        requests.removeAll();
        List<RequestView> waiting = decisions.open(campId);
        if (waiting.isEmpty()) {
            requests.add(new Paragraph(getTranslation("shifts.requests.none")));
        }
        waiting.forEach(request -> requests.add(card(request)));
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

    private Div card(RequestView request) {
        Div card = ShiftCards.request(request, this::say);
        if (request.toAnswer()) {
            Button accept = new Button(getTranslation("shifts.requests.accept"), click -> accept(request));
            accept.addClassName("accept-request");
            accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            Button decline = new Button(getTranslation("shifts.requests.decline"), click -> askWhy(request));
            decline.addClassName("decline-request");
            decline.addThemeVariants(ButtonVariant.LUMO_SMALL);
            Div actions = new Div(accept, decline);
            actions.addClassName("shift-actions");
            card.add(actions);
        }
        return card;
    }

    private void accept(RequestView request) {
        try {
            decisions.accept(campId, request.id());
            Notifications.success(getTranslation("shifts.requests.accepted"));
        } catch (ShiftRequestRefusedException e) {
            e.reasons().forEach(reason -> Notifications.error(say(reason)));
        } catch (ChangedMeanwhileException e) {
            Notifications.changedMeanwhile(e);
        } catch (InvalidFormException e) {
            Notifications.refused(e);
        }
        show();
    }

    private void askWhy(RequestView request) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("shifts.requests.decline-title"));
        TextArea answer = new TextArea(getTranslation("shifts.requests.answer"));
        answer.setId("decline-answer");
        answer.setWidthFull();
        answer.setMaxLength(500);
        Button send = new Button(getTranslation("shifts.requests.send-decline"), click -> {
            try {
                decisions.decline(campId, request.id(), answer.getValue());
                dialog.close();
                Notifications.success(getTranslation("shifts.requests.declined"));
            } catch (InvalidFormException e) {
                FormProblems.on(answer).show(e);
                return;
            } catch (ShiftRequestRefusedException e) {
                dialog.close();
                e.reasons().forEach(reason -> Notifications.error(say(reason)));
            }
            show();
        });
        send.setId("decline-send");
        send.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.add(new Paragraph(say(request.what())), answer);
        dialog.getFooter().add(new Button(getTranslation("shifts.requests.cancel"), click -> dialog.close()), send);
        dialog.open();
    }

    private void replan(OpenWithdrawal withdrawal) {
        ReplanOutcome outcome;
        try {
            outcome = replans.replan(campId, withdrawal.id());
        } catch (ReplanRefusedException e) {
            Notifications.error(say(e.text()));
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

    private String say(Text text) {
        return getTranslation(text.key(), text.args().toArray());
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
