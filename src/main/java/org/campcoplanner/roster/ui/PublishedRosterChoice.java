package org.campcoplanner.roster.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.campcoplanner.roster.SeatsMoved;
import org.campcoplanner.roster.SolveOutcome;
import org.campcoplanner.roster.Stability;

/**
 * Shown while the camp has a published roster: how far the draft is from it, whether the next
 * solve keeps it as far as possible or starts fresh, and after a solve what moved.
 */
class PublishedRosterChoice extends Composite<Div> {

    final Span sentence = new Span();
    final RadioButtonGroup<Stability> stability = new RadioButtonGroup<>(getTranslation("roster.published.when-solving"));
    final Span solved = new Span();

    PublishedRosterChoice() {
        sentence.setId("published-roster");
        stability.setId("solve-stability");
        stability.setItems(Stability.values());
        stability.setItemLabelGenerator(choice -> getTranslation(choice == Stability.KEEP_PUBLISHED
                ? "roster.published.keep" : "roster.published.fresh"));
        stability.setValue(Stability.KEEP_PUBLISHED);
        stability.setHelperText(getTranslation("roster.published.fresh-help"));
        solved.setId("solve-published");
        solved.getElement().setAttribute("aria-live", "polite");
        solved.setVisible(false);
        getContent().addClassName("published-roster-choice");
        getContent().add(new Div(sentence), stability, new Div(solved));
        getContent().setVisible(false);
    }

    /** {@code againstPublished} null: nothing is published, so there is nothing to keep or say. */
    void show(SeatsMoved againstPublished) {
        getContent().setVisible(againstPublished != null);
        if (againstPublished != null) {
            sentence.setText(getTranslation("roster.published.differs", againstPublished.revision(),
                    againstPublished.seats()));
        }
    }

    /** What the solve does with the published roster; nothing published, it does not matter. */
    Stability choice() {
        return getContent().isVisible() && stability.getValue() != null ? stability.getValue() : Stability.KEEP_PUBLISHED;
    }

    void solving() {
        solved.setVisible(false);
    }

    void show(SolveOutcome outcome) {
        SeatsMoved moved = outcome.againstPublished();
        solved.setVisible(outcome.succeeded() && moved != null);
        if (moved != null) {
            solved.setText(getTranslation(outcome.stability() == Stability.START_FRESH ? "roster.published.solved-fresh"
                    : "roster.published.solved-keeping", moved.seats(), moved.revision(), moved.people()));
        }
    }
}
