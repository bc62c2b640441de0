package org.campcoplanner.roster.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import org.campcoplanner.planning.Text;
import org.campcoplanner.planning.explain.Breach;
import org.campcoplanner.planning.explain.RosterExplanation;
import org.campcoplanner.planning.explain.RuleTotal;
import org.campcoplanner.planning.explain.ScoreWords;

import java.util.function.Consumer;

/**
 * The roster rule by rule in words rather than the solver's score: first what breaks and what is
 * empty ("No rule broken. 3 seats empty."), then each rule with what it counts, its broken hard
 * rules opened to their sentences; selecting one highlights its sessions.
 */
class ScorePanel extends Composite<Div> {

    private static final int SENTENCES_SHOWN = 20;

    ScorePanel() {
        getContent().addClassName("roster-score-panel");
    }

    void show(RosterExplanation explanation, Consumer<Breach> onSelect) {
        Div panel = getContent();
        panel.removeAll();
        Span score = new Span(say(ScoreWords.summary(explanation)));
        score.setId("roster-score");
        panel.add(new H3(getTranslation("roster.score.heading")), score);
        for (RuleTotal rule : explanation.rules()) {
            Div sentences = new Div();
            Details details = new Details(say(ScoreWords.rule(rule)), sentences);
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

    private void fill(Div sentences, RuleTotal rule, Consumer<Breach> onSelect) {
        rule.breaches().stream().limit(SENTENCES_SHOWN).forEach(breach -> {
            NativeButton sentence = new NativeButton(say(breach.sentence()), click -> onSelect.accept(breach));
            sentence.addClassName("roster-breach");
            sentences.add(new Div(sentence));
        });
        if (rule.breaches().size() > SENTENCES_SHOWN) {
            sentences.add(new Div(new Span(getTranslation("roster.score.more", rule.breaches().size() - SENTENCES_SHOWN))));
        }
    }

    private String say(Text text) {
        return getTranslation(text.key(), text.args().toArray());
    }
}
