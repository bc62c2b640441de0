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
        steps.add(step(sites > 0, "camp-settings/" + campId, "Add the sites where sessions happen",
                sites == 1 ? "1 site so far" : sites + " sites so far"));
        steps.add(step(!plan.sessions().isEmpty(), "sessions/" + campId, "Set up the sessions and the seats in them",
                plan.sessions().size() + " sessions so far"));
        steps.add(step(!plan.people().isEmpty(), "people/" + campId, "Add the people, one by one or from a spreadsheet",
                plan.people().size() + " people so far"));
        if (admin) {
            steps.add(step(false, "accounts", "Give the camp's leaders and staff their accounts, so they can plan it",
                    "on the Accounts page"));
        }
        steps.add(step(false, "roster/" + campId, "Make the roster on the roster board, then sign it off together",
                "a leader proposes it, a staff member publishes it"));
        part.add(new H3("Next steps"), steps);
    }

    /** The steps for a camp that has no roster yet; nothing once people are in seats. */
    static Optional<NextSteps> of(long campId, CampPlan plan, boolean admin) {
        boolean rostered = plan.assignments().stream().anyMatch(assignment -> assignment.person() != null);
        return rostered ? Optional.empty() : Optional.of(new NextSteps(campId, plan, admin));
    }

    private static ListItem step(boolean done, String page, String what, String sofar) {
        ListItem item = new ListItem(new Anchor(page, what), new Span(" (" + sofar + ")"));
        if (done) {
            item.addClassName("step-done");
        }
        return item;
    }
}
