package org.campcoplanner.roster.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import org.campcoplanner.planning.Text;
import org.campcoplanner.planning.explain.ScoreWords;
import org.campcoplanner.planning.rules.Wording;
import org.campcoplanner.roster.SeatKey;
import org.campcoplanner.roster.SolveOutcome;
import org.campcoplanner.roster.SolveProgress;

import java.util.List;
import java.util.function.Function;

/**
 * Start and stop the solver, with its progress as it runs in words: seconds, seats filled and
 * whether a hard rule is still broken, never the solver's score.
 */
class SolveBar extends Composite<HorizontalLayout> {

    /** Seats named one by one after a solve; more are counted. */
    private static final int SEATS_NAMED = 3;

    final IntegerField seconds = new IntegerField(getTranslation("roster.solve.seconds"));
    final Button solve = new Button(getTranslation("roster.solve.solve"));
    final Button stop = new Button(getTranslation("roster.solve.stop"));
    final Span progress = new Span();

    SolveBar(Runnable onSolve, Runnable onStop) {
        seconds.setValue(30);
        seconds.setMin(1);
        seconds.setMax(300);
        seconds.setStepButtonsVisible(true);
        solve.setId("solve");
        solve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        solve.addClickListener(click -> onSolve.run());
        stop.setId("stop-solving");
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
        String said = update.score() == null ? getTranslation("roster.solve.starting")
                : getTranslation("roster.solve.progress", Math.round(update.elapsed().toMillis() / 1000.0),
                update.filledSeats(), update.seats(), rules(update.score()));
        progress.setText(update.restarted() ? getTranslation("roster.solve.restarted", said) : said);
    }

    /** @param seatName a seat as planners call it, "Lead 1 in Morning sports, Mon 6 Jul 09:00" */
    void show(SolveOutcome outcome, Function<SeatKey, Text> seatName) {
        if (!outcome.succeeded()) {
            progress.setText(say(outcome.failure()));
            return;
        }
        String solved = getTranslation("roster.solve.solved", outcome.filledSeats(), outcome.seats(),
                rules(outcome.score()), outcome.changedSeats());
        List<SeatKey> kept = outcome.keptPlannerEdits();
        if (!kept.isEmpty()) {
            List<Text> named = kept.stream().limit(SEATS_NAMED).map(seatName).toList();
            Text seats = kept.size() > SEATS_NAMED
                    ? Text.of("roster.solve.kept-more", Wording.list(named), kept.size() - SEATS_NAMED)
                    : Wording.list(named);
            solved = getTranslation("roster.solve.kept-edits", solved, kept.size(), seats);
        }
        progress.setText(solved);
    }

    private Text rules(String score) {
        return Text.of(ScoreWords.breaksAHardRule(score) ? "roster.solve.rules-broken" : "roster.solve.no-rule-broken");
    }

    private String say(Text text) {
        return getTranslation(text.key(), text.args().toArray());
    }
}
