package org.campcoplanner.roster.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import org.campcoplanner.roster.SolveOutcome;
import org.campcoplanner.roster.SolveProgress;

import java.util.Locale;

/** Start and stop the solver, with its progress as it runs. */
class SolveBar extends Composite<HorizontalLayout> {

    final IntegerField seconds = new IntegerField("Seconds at most");
    final Button solve = new Button("Solve");
    final Button stop = new Button("Stop");
    final Span progress = new Span();

    SolveBar(Runnable onSolve, Runnable onStop) {
        seconds.setValue(30);
        seconds.setMin(1);
        seconds.setMax(300);
        seconds.setStepButtonsVisible(true);
        solve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        solve.addClickListener(click -> onSolve.run());
        stop.addClickListener(click -> onStop.run());
        progress.setId("solve-progress");
        progress.getElement().setAttribute("aria-live", "polite");
        getContent().setAlignItems(FlexComponent.Alignment.BASELINE);
        // on a phone the progress sentence goes under the buttons instead of off the screen
        getContent().getStyle().set("flex-wrap", "wrap");
        getContent().add(seconds, solve, stop, progress);
        solving(false);
    }

    void solving(boolean running) {
        solve.setEnabled(!running);
        stop.setEnabled(running);
    }

    void show(SolveProgress update) {
        progress.setText(String.format(Locale.ROOT, "Solving: %.0f s, best %s, %d of %d seats filled",
                update.elapsed().toMillis() / 1000.0, update.score(), update.filledSeats(), update.seats()));
    }

    void show(SolveOutcome outcome) {
        progress.setText(outcome.succeeded()
                ? "Solved: " + outcome.score() + ", " + outcome.changedSeats() + " seats changed"
                        + (outcome.keptPlannerEdits().isEmpty() ? ""
                        : ", kept planners' edits on " + outcome.keptPlannerEdits())
                : outcome.error());
    }
}
