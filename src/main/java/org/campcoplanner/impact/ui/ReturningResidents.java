package org.campcoplanner.impact.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.campcoplanner.base.InvalidFormException;
import org.campcoplanner.base.ui.FormProblems;
import org.campcoplanner.base.ui.Notifications;
import org.campcoplanner.people.EarlierCampLink;
import org.campcoplanner.people.EarlierCamps;
import org.campcoplanner.people.EarlierSelf;

import java.util.List;
import java.util.Map;

/**
 * Who of this camp took part in an earlier one: found when an account moved here, or linked by a
 * planner who plans both camps. Never guessed from a name, which neighbours may share.
 */
class ReturningResidents extends Div {

    private final transient EarlierCamps earlierCamps;
    private final long campId;
    private final Runnable afterChange;

    ReturningResidents(EarlierCamps earlierCamps, long campId, Runnable afterChange) {
        this.earlierCamps = earlierCamps;
        this.campId = campId;
        this.afterChange = afterChange;
        setId("returning-residents");
        addClassName("impact-section");
        show();
    }

    private void show() {
        removeAll();
        add(new H3(getTranslation("impact.returning.heading")), new Paragraph(getTranslation("impact.returning.intro")));
        List<EarlierCampLink> links = earlierCamps.linksOf(campId);
        if (links.isEmpty()) {
            add(new Paragraph(getTranslation("impact.returning.none")));
        }
        links.forEach(link -> {
            Span said = new Span(getTranslation(link.foundBy() == EarlierCampLink.FoundBy.ACCOUNT
                    ? "impact.returning.by-account" : "impact.returning.by-planner",
                    link.name(), link.earlierName(), link.earlierCamp()));
            Button remove = new Button(getTranslation("impact.returning.remove"), click -> {
                earlierCamps.unlink(link.personId(), link.earlierPersonId());
                changed();
            });
            remove.addClassName("remove-link");
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            Div line = new Div(said, remove);
            line.addClassName("returning-link");
            add(line);
        });
        List<EarlierSelf> earlier = earlierCamps.candidatesFor(campId);
        if (earlier.isEmpty()) {
            add(new Paragraph(getTranslation("impact.returning.no-other-camp")));
            return;
        }
        ComboBox<EarlierSelf> person = new ComboBox<>(getTranslation("impact.returning.person"));
        person.setId("link-person");
        person.setItems(earlierCamps.peopleOf(campId));
        person.setItemLabelGenerator(EarlierSelf::name);
        ComboBox<EarlierSelf> before = new ComboBox<>(getTranslation("impact.returning.earlier"));
        before.setId("link-earlier");
        before.setItems(earlier);
        before.setItemLabelGenerator(self -> getTranslation("impact.returning.of-camp", self.name(), self.camp()));
        FormProblems problems = new FormProblems(Map.of("person", person, "earlier", before));
        Button link = new Button(getTranslation("impact.returning.link"), click -> {
            problems.clear();
            if (person.getValue() == null || before.getValue() == null) {
                problems.show(List.of(InvalidFormException.FieldProblem.of(person.getValue() == null ? "person" : "earlier",
                        "impact.returning.pick-both")));
                return;
            }
            try {
                earlierCamps.link(person.getValue().personId(), before.getValue().personId());
                Notifications.success(getTranslation("impact.returning.linked", person.getValue().name()));
                changed();
            } catch (InvalidFormException refused) {
                problems.show(refused);
            }
        });
        link.setId("link-earlier-camp");
        HorizontalLayout form = new HorizontalLayout(person, before, link);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        add(form, problems.formProblem());
    }

    private void changed() {
        show();
        afterChange.run();
    }
}
