package org.campcoplanner.roster.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.campcoplanner.planning.Text;
import org.campcoplanner.planning.explain.SeatCandidate;
import org.campcoplanner.planning.rules.RuleNames;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Who cannot take the seat, folded away and grouped by the rule that keeps them out, the biggest
 * group first. A group's people are drawn only when it is opened: a big camp has dozens of them.
 */
class WhoCannot extends Composite<Details> {

    WhoCannot(List<SeatCandidate> cannot) {
        Details all = getContent();
        all.setSummaryText(getTranslation("roster.who-cannot.summary", cannot.size()));
        all.setId("who-cannot");
        all.addClassName("roster-who-cannot");
        Map<String, List<SeatCandidate>> byRule = cannot.stream().collect(Collectors.groupingBy(
                SeatCandidate::cannotBecause, LinkedHashMap::new, Collectors.toList()));
        byRule.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, List<SeatCandidate>> group) -> group.getValue().size())
                        .reversed())
                .forEach(group -> all.add(group(group.getKey(), group.getValue())));
    }

    private Details group(String rule, List<SeatCandidate> people) {
        Div rows = new Div();
        Details group = new Details(getTranslation("roster.who-cannot.group", RuleNames.text(rule), people.size()), rows);
        group.addClassName("roster-who-cannot-group");
        group.addOpenedChangeListener(opened -> {
            if (opened.isOpened() && rows.getComponentCount() == 0) {
                people.forEach(person -> rows.add(row(rule, person)));
            }
        });
        return group;
    }

    private Div row(String rule, SeatCandidate person) {
        Span name = new Span(person.name());
        name.addClassName("roster-candidate-name");
        Div row = new Div(name);
        row.addClassName("roster-candidate-unfit");
        for (SeatCandidate.Reason reason : person.reasons()) {
            Text detail = reason.rule().equals(rule) ? reason.detail()
                    : Text.of("roster.who-cannot.other-rule", RuleNames.text(reason.rule()), reason.detail());
            row.add(new Div(new Span(getTranslation(detail.key(), detail.args().toArray()))));
        }
        return row;
    }
}
