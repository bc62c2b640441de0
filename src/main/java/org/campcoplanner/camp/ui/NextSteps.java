package org.campcoplanner.camp.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.campcoplanner.planning.format.CampPlan;

import java.util.Optional;

/**
 * What a camp still needs before its roster can be made, in the order planners do it: shown on a
 * new camp's page until it has sessions, people and a first roster.
 */
final class NextSteps extends Composite<VerticalLayout> {

    private NextSteps(long campId, CampPlan plan, boolean admin) {
        VerticalLayout part = getContent();
        part.setId("next-steps");
        part.setPadding(false);
        part.setSpacing(false);
        OrderedList steps = new OrderedList();
        int sites = plan.sites().size();
        steps.add(step(sites > 0, "camp-settings/" + campId, getTranslation("camp.steps.sites"),
                getTranslation("camp.steps.sites-so-far", sites)));
        steps.add(step(!plan.sessions().isEmpty(), "sessions/" + campId, getTranslation("camp.steps.sessions"),
                getTranslation("camp.steps.sessions-so-far", plan.sessions().size())));
        steps.add(step(!plan.people().isEmpty(), "people/" + campId, getTranslation("camp.steps.people"),
                getTranslation("camp.steps.people-so-far", plan.people().size())));
        if (admin) {
            steps.add(step(false, "accounts", getTranslation("camp.steps.accounts"),
                    getTranslation("camp.steps.accounts-where")));
        }
        steps.add(step(false, "roster/" + campId, getTranslation("camp.steps.roster"),
                getTranslation("camp.steps.roster-who")));
        part.add(new H3(getTranslation("camp.steps.heading")), steps);
    }

    /** The steps for a camp that has no roster yet; nothing once people are in seats. */
    static Optional<NextSteps> of(long campId, CampPlan plan, boolean admin) {
        boolean rostered = plan.assignments().stream().anyMatch(assignment -> assignment.person() != null);
        return rostered ? Optional.empty() : Optional.of(new NextSteps(campId, plan, admin));
    }

    private ListItem step(boolean done, String page, String what, String sofar) {
        ListItem item = new ListItem(new Anchor(page, what), new Span(getTranslation("camp.steps.so-far", sofar)));
        if (done) {
            item.addClassName("step-done");
        }
        return item;
    }
}
