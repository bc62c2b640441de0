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
    final RadioButtonGroup<Stability> stability = new RadioButtonGroup<>("When solving");
    final Span solved = new Span();

    PublishedRosterChoice() {
        sentence.setId("published-roster");
        stability.setId("solve-stability");
        stability.setItems(Stability.values());
        stability.setItemLabelGenerator(choice -> choice == Stability.KEEP_PUBLISHED
                ? "Keep the published roster as far as possible" : "Start fresh");
        stability.setValue(Stability.KEEP_PUBLISHED);
        stability.setHelperText("Starting fresh may move many people; everyone whose shifts change is told once "
                + "the new roster is published.");
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
            int n = againstPublished.seats();
            sentence.setText("This roster is published (revision " + againstPublished.revision() + "). "
                    + (n == 0 ? "No seat differs" : seats(n) + (n == 1 ? " differs" : " differ")) + " from it so far.");
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
            solved.setText((outcome.stability() == Stability.START_FRESH ? "Solved fresh: "
                    : "Solved keeping the published roster as far as possible: ")
                    + seats(moved.seats()) + " moved from revision " + moved.revision() + "; "
                    + (moved.people() == 0 ? "nobody would be told."
                    : people(moved.people()) + " would be told when it is published."));
        }
    }

    private static String seats(int n) {
        return n == 0 ? "no seat" : n == 1 ? "1 seat" : n + " seats";
    }

    private static String people(int n) {
        return n == 1 ? "1 person" : n + " people";
    }
}
