package org.campcoplanner.roster.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import org.campcoplanner.planning.explain.Breach;
import org.campcoplanner.planning.explain.RosterExplanation;
import org.campcoplanner.planning.explain.RuleTotal;

import java.util.function.Consumer;

/** The score rule by rule, each broken rule as sentences; selecting one highlights its sessions. */
class ScorePanel extends Composite<Div> {

    private static final int SENTENCES_SHOWN = 20;

    ScorePanel() {
        getContent().addClassName("roster-score-panel");
    }

    void show(RosterExplanation explanation, Consumer<Breach> onSelect) {
        Div panel = getContent();
        panel.removeAll();
        Span score = new Span("Score " + explanation.score());
        score.setId("roster-score");
        panel.add(new H3("Rules"), score);
        for (RuleTotal rule : explanation.rules()) {
            Div sentences = new Div();
            Details details = new Details(rule.rule() + ": " + rule.impact() + " (" + rule.matches() + ")", sentences);
            details.addClassName(rule.hard() ? "roster-rule-hard" : "roster-rule");
            // sentences are built when a rule is opened: a big camp has hundreds of soft matches
            details.addOpenedChangeListener(opened -> {
                if (opened.isOpened() && sentences.getComponentCount() == 0) {
                    fill(sentences, rule, onSelect);
                }
            });
            details.setOpened(rule.hard());
            panel.add(details);
        }
    }

    private static void fill(Div sentences, RuleTotal rule, Consumer<Breach> onSelect) {
        rule.breaches().stream().limit(SENTENCES_SHOWN).forEach(breach -> {
            NativeButton sentence = new NativeButton(breach.sentence(), click -> onSelect.accept(breach));
            sentence.addClassName("roster-breach");
            sentences.add(new Div(sentence));
        });
        if (rule.breaches().size() > SENTENCES_SHOWN) {
            sentences.add(new Div(new Span("... and " + (rule.breaches().size() - SENTENCES_SHOWN) + " more")));
        }
    }
}
