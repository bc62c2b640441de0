package org.campcoplanner.availability.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.campcoplanner.availability.PossibleSession;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The sessions the availability as painted (saved or not) would let the person take. */
class SessionPreview extends Composite<Div> {

    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("EEE MMM d HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private final Paragraph summary = new Paragraph();
    private final Div sessions = new Div();

    SessionPreview() {
        getContent().addClassName("session-preview");
        summary.getElement().setAttribute("aria-live", "polite");
        summary.setId("preview-summary");
        getContent().add(new H3("Sessions they could take"), summary, sessions);
    }

    void show(List<PossibleSession> possible) {
        summary.setText(switch (possible.size()) {
            case 0 -> "No session fits this availability yet.";
            case 1 -> "1 session fits this availability.";
            default -> possible.size() + " sessions fit this availability.";
        } + " Seats, hour limits and rest are checked when rostering.");
        sessions.removeAll();
        for (PossibleSession session : possible) {
            Div row = new Div(new Span(when(session)), new Span(session.title()), new Span(session.siteName()));
            row.addClassName("session-preview-row");
            if (!session.end().toLocalDate().equals(session.start().toLocalDate())) {
                row.addClassName("session-preview-overnight");
            }
            sessions.add(row);
        }
    }

    private static String when(PossibleSession session) {
        boolean sameDay = session.end().toLocalDate().equals(session.start().toLocalDate());
        return DAY_TIME.format(session.start()) + "-" + (sameDay ? TIME : DAY_TIME).format(session.end());
    }
}
