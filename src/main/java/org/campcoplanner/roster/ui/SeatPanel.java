package org.campcoplanner.roster.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.campcoplanner.planning.Text;
import org.campcoplanner.planning.explain.SeatCandidate;
import org.campcoplanner.planning.format.CampPlan;
import org.campcoplanner.roster.SeatKey;
import org.campcoplanner.roster.SeatState;

import java.util.List;
import java.util.function.Function;

/**
 * The selected seat beside the board (a sheet from the bottom on a phone), scrolling on its own
 * so the days stay where they are: the session as its title, who sits there with unassign and
 * pin, the ten best people for it with what each would do to the roster in words, and, folded
 * away, who cannot take it and why.
 */
class SeatPanel extends Composite<Div> {

    static final int CANDIDATES_SHOWN = 10;

    /** What a planner asks for a seat: a person (or nobody) and whether to pin. */
    interface Edit {
        void apply(SeatKey seat, String personId, boolean pinned);
    }

    private final Runnable onClose;

    SeatPanel(Runnable onClose) {
        this.onClose = onClose;
        getContent().addClassName("roster-seat-panel");
        getContent().setId("seat-panel");
        clear();
    }

    void clear() {
        getContent().removeAll();
        getContent().removeClassName("roster-seat-panel-open");
        getContent().add(new Paragraph(getTranslation("roster.seat.select")));
    }

    void show(CampPlan.Session session, String siteName, SeatKey key, SeatState state, List<SeatCandidate> candidates,
              Function<String, String> personName, Edit edit) {
        Div panel = getContent();
        panel.removeAll();
        panel.addClassName("roster-seat-panel-open");
        H3 title = new H3(getTranslation("roster.seat.title", session.title(),
                new Text.When(session.start(), session.end())));
        title.setId("seat-panel-title");
        Button close = new Button(getTranslation("roster.seat.close"), click -> onClose.run());
        close.setId("seat-panel-close");
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        Div header = new Div(title, close);
        header.addClassName("roster-seat-panel-header");
        panel.add(header, new Paragraph(getTranslation("roster.seat.where", key.role(), key.index(), siteName)));
        panel.add(occupant(key, state, personName, edit));
        List<SeatCandidate> best = candidates.stream().filter(SeatCandidate::fits)
                .filter(candidate -> !candidate.personId().equals(state.person())).toList();
        panel.add(new H4(getTranslation(best.isEmpty() ? "roster.seat.nobody-else" : "roster.seat.best")));
        best.stream().limit(CANDIDATES_SHOWN).forEach(candidate -> panel.add(row(key, candidate, edit)));
        if (best.size() > CANDIDATES_SHOWN) {
            panel.add(new Paragraph(getTranslation("roster.seat.more", best.size() - CANDIDATES_SHOWN)));
        }
        List<SeatCandidate> cannot = candidates.stream().filter(candidate -> !candidate.fits())
                .filter(candidate -> !candidate.personId().equals(state.person())).toList();
        if (!cannot.isEmpty()) {
            panel.add(new WhoCannot(cannot));
        }
    }

    private Div occupant(SeatKey key, SeatState state, Function<String, String> personName, Edit edit) {
        String who = state.person() == null ? getTranslation("roster.seat.nobody-yet")
                : getTranslation("roster.seat.now", personName.apply(state.person()));
        Paragraph now = new Paragraph(state.pinned() ? getTranslation("roster.seat.pinned", who) : who);
        now.setId("seat-occupant");
        Div occupant = new Div(now);
        occupant.addClassName("roster-seat-occupant");
        if (state.person() != null) {
            Button unassign = new Button(getTranslation("roster.seat.unassign"), click -> edit.apply(key, null, false));
            unassign.setId("unassign");
            occupant.add(unassign);
        }
        Button pin = new Button(getTranslation(state.pinned() ? "roster.seat.unpin" : "roster.seat.pin"),
                click -> edit.apply(key, state.person(), !state.pinned()));
        pin.setId("pin");
        occupant.add(pin);
        return occupant;
    }

    private Div row(SeatKey key, SeatCandidate candidate, Edit edit) {
        Span name = new Span(candidate.name());
        name.addClassName("roster-candidate-name");
        Span gain = new Span(getTranslation(candidate.gain().key(), candidate.gain().args().toArray()));
        gain.addClassName("roster-candidate-gain");
        Button assign = new Button(getTranslation("roster.seat.assign"), click -> edit.apply(key, candidate.personId(), false));
        assign.setId("assign-" + candidate.personId());
        assign.getElement().setAttribute("aria-label", getTranslation("roster.seat.assign-person", candidate.name()));
        assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        Div row = new Div(name, assign, gain);
        row.addClassName("roster-candidate");
        return row;
    }
}
