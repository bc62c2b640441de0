package org.campcoplanner.inbox.ui;

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

/** The signed-in person's messages, newest first; opening one marks it read. */
@Route("inbox")
@PageTitle("Inbox | Camp co-planner")
@PermitAll
public class InboxView extends VerticalLayout {

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
                    + "you are told here."));
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
            if (notification.unread()) {
                inbox.markRead(notification.id());
                card.removeClassName("unread");
            }
        });
        return card;
    }
}
