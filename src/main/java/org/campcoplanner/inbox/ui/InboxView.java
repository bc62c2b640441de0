package org.campcoplanner.inbox.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.campcoplanner.inbox.Inbox;
import org.campcoplanner.inbox.InboxMessage;
import org.campcoplanner.planning.DateStyle;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** The signed-in person's messages, newest first; opening one marks it read. */
@Route("inbox")
@PageTitle("Inbox | Camp co-planner")
@PermitAll
public class InboxView extends VerticalLayout {

    /** What a message's link opens, by the page's route. */
    private static final Map<String, String> ACTIONS = Map.of(
            "sign-off", "Open the sign-off page",
            "roster", "Open the roster board",
            "withdrawals", "Open the withdrawals page",
            "my-shifts", "See my shifts",
            "account", "Open your account");

    private final Inbox inbox;
    private final VerticalLayout messages = new VerticalLayout();

    public InboxView(Inbox inbox) {
        this.inbox = inbox;
        messages.setPadding(false);
        messages.setId("inbox-messages");
        add(new H2("Inbox"), messages);
        show();
    }

    private void show() {
        messages.removeAll();
        List<InboxMessage> mine = inbox.mine();
        if (mine.isEmpty()) {
            messages.add(new Paragraph("No messages. When a roster with your shifts is published or changed, "
                    + "or a roster you plan needs you, you are told here."));
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
            Anchor act = new Anchor(notification.link(), ACTIONS.getOrDefault(notification.link().split("/")[0],
                    "Open the page"));
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
