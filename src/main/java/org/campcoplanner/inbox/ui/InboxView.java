package org.campcoplanner.inbox.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.campcoplanner.inbox.Inbox;
import org.campcoplanner.inbox.InboxMessage;
import org.campcoplanner.planning.DateStyle;

import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/** The signed-in person's messages, newest first; opening one marks it read. */
@Route("inbox")
@PermitAll
public class InboxView extends VerticalLayout implements HasDynamicTitle {

    /** The pages a message's link may open, by route, each with its own words for the link. */
    private static final Set<String> ACTIONS = Set.of("sign-off", "roster", "requests", "withdrawals", "my-shifts", "account");

    private final Inbox inbox;
    private final VerticalLayout messages = new VerticalLayout();

    public InboxView(Inbox inbox) {
        this.inbox = inbox;
        messages.setPadding(false);
        messages.setId("inbox-messages");
        add(new H2(getTranslation("inbox.heading")), messages);
        show();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("inbox.page-title");
    }

    private void show() {
        messages.removeAll();
        List<InboxMessage> mine = inbox.mine();
        if (mine.isEmpty()) {
            messages.add(new Paragraph(getTranslation("inbox.none")));
            return;
        }
        mine.forEach(notification -> messages.add(message(notification)));
    }

    private Div message(InboxMessage notification) {
        Div card = new Div();
        card.addClassName("inbox-message");
        if (notification.unread()) {
            card.addClassName("unread");
        }
        Span when = new Span(DateStyle.timestamp(notification.createdAt(), ZoneId.systemDefault(), getLocale()));
        when.addClassName("inbox-when");
        Paragraph body = new Paragraph(notification.body());
        body.addClassName("inbox-body");
        body.setVisible(false);
        card.add(new H3(notification.subject()), when, body);
        card.addClickListener(click -> {
            body.setVisible(!body.isVisible());
            markRead(notification, card);
        });
        if (notification.link() != null) {
            String page = notification.link().split("/")[0];
            Anchor act = new Anchor(notification.link(),
                    getTranslation("inbox.action." + (ACTIONS.contains(page) ? page : "other")));
            act.addClassName("inbox-act");
            // following the link is reading the message, and must not also toggle the card
            act.getElement().addEventListener("click", e -> markRead(notification, card)).stopPropagation();
            card.add(act);
        }
        return card;
    }

    private void markRead(InboxMessage notification, Div card) {
        if (card.hasClassName("unread")) {
            inbox.markRead(notification.id());
            card.removeClassName("unread");
        }
    }
}
