package org.campcoplanner.availability.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.campcoplanner.availability.PossibleSession;
import org.campcoplanner.planning.DateStyle;

import java.util.List;

/** The sessions the availability as painted (saved or not) would let the person take. */
class SessionPreview extends Composite<Div> {

    private final Paragraph summary = new Paragraph();
    private final Div sessions = new Div();

    SessionPreview() {
        getContent().addClassName("session-preview");
        summary.getElement().setAttribute("aria-live", "polite");
        summary.setId("preview-summary");
        getContent().add(new H3(getTranslation("availability.preview.heading")), summary, sessions);
    }

    void show(List<PossibleSession> possible) {
        summary.setText(getTranslation("availability.preview.summary", possible.size()));
        sessions.removeAll();
        for (PossibleSession session : possible) {
            Div row = new Div(new Span(DateStyle.when(session.start(), session.end(), getLocale())),
                    new Span(session.title()), new Span(session.siteName()));
            row.addClassName("session-preview-row");
            if (!session.end().toLocalDate().equals(session.start().toLocalDate())) {
                row.addClassName("session-preview-overnight");
            }
            sessions.add(row);
        }
    }
}
