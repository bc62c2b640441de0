package org.campcoplanner.roster.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.campcoplanner.planning.explain.SeatCandidate;
import org.campcoplanner.roster.SeatKey;
import org.campcoplanner.roster.SeatState;

import java.util.List;
import java.util.function.Function;

/**
 * The selected seat: who sits there, unassign and pin, and everyone ranked for it with the
 * score change, or why they cannot take it.
 */
class SeatPanel extends Composite<Div> {

    /** What a planner asks for a seat: a person (or nobody) and whether to pin. */
    interface Edit {
        void apply(SeatKey seat, String personId, boolean pinned);
    }

    SeatPanel() {
        getContent().addClassName("roster-seat-panel");
        getContent().add(new Paragraph("Select a seat to see who could take it."));
    }

    void show(SeatKey key, SeatState state, List<SeatCandidate> candidates, Function<String, String> personName,
              Edit edit) {
        Div panel = getContent();
        panel.removeAll();
        panel.add(new H3(key.toString()));
        String who = state.person() == null ? "Nobody yet" : personName.apply(state.person());
        panel.add(new Paragraph(who + (state.pinned() ? " (pinned: the solver keeps it)" : "")));
        if (state.person() != null) {
            Button unassign = new Button("Unassign", click -> edit.apply(key, null, false));
            unassign.setId("unassign");
            panel.add(unassign);
        }
        Button pin = new Button(state.pinned() ? "Unpin" : "Pin", click -> edit.apply(key, state.person(), !state.pinned()));
        pin.setId("pin");
        panel.add(pin);
        for (SeatCandidate candidate : candidates) {
            panel.add(row(key, candidate, edit));
        }
    }

    private static Div row(SeatKey key, SeatCandidate candidate, Edit edit) {
        Div row = new Div();
        row.addClassName(candidate.fits() ? "roster-candidate" : "roster-candidate-unfit");
        Span name = new Span(candidate.name());
        name.addClassName("roster-candidate-name");
        row.add(name);
        if (candidate.scoreChange() != null) {
            row.add(new Span(" " + candidate.scoreChange()));
        }
        candidate.reasons().forEach(reason -> row.add(new Div(new Span(reason))));
        Button assign = new Button("Assign", click -> edit.apply(key, candidate.personId(), false));
        assign.setId("assign-" + candidate.personId());
        assign.getElement().setAttribute("aria-label", "Assign " + candidate.name());
        if (candidate.fits()) {
            assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        row.add(assign);
        return row;
    }
}
