package org.campcoplanner.camp.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.campcoplanner.camp.CampPlanService;
import org.campcoplanner.planning.DateStyle;
import org.campcoplanner.planning.format.CampPlan;
import org.campcoplanner.security.CurrentUser;

/** One camp at a glance: its sessions day by day, its sites and its people. */
@RolesAllowed({"ADMIN", "STAFF", "LEADER"})
@Route("camp")
public class CampView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final CampPlanService campPlans;
    private String title = "Camp";

    public CampView(CampPlanService campPlans) {
        this.campPlans = campPlans;
        setSizeFull();
    }

    @Override
    public void setParameter(BeforeEvent event, Long campId) {
        show(campId, campPlans.exportPlan(campId));
    }

    private void show(long campId, CampPlan plan) {
        removeAll();
        CampPlan.Camp camp = plan.camp();
        title = camp.name() + " | Camp co-planner";
        String where = camp.neighbourhood() == null ? "" : camp.neighbourhood() + ", ";
        Anchor roster = new Anchor("roster/" + campId, "Roster board");
        roster.setId("open-roster");
        Anchor people = new Anchor("people/" + campId, "People");
        people.setId("open-people");
        Anchor sessionsSetup = new Anchor("sessions/" + campId, "Set up sessions");
        Anchor settings = new Anchor("camp-settings/" + campId, "Settings and sites");
        Anchor print = new Anchor("print/" + campId, "Print the roster");
        Anchor signOff = new Anchor("sign-off/" + campId, "Sign-off");
        signOff.setId("open-sign-off");
        Anchor withdrawals = new Anchor("withdrawals/" + campId, "Withdrawals");
        withdrawals.setId("open-withdrawals");
        Anchor checkIn = new Anchor("check-in/" + campId, "Check-in");
        checkIn.setId("open-check-in");
        Anchor export = new Anchor("export/camps/" + campId + "/plan.json", "Export the plan (JSON)");
        export.getElement().setAttribute("download", "camp-" + campId + ".json");
        export.setId("export-plan");
        add(new H2(camp.name()), new Paragraph(where
                + DateStyle.daysInYear(camp.startDate(), camp.endDate(), getLocale()) + " (times in " + camp.timeZone() + ")"),
                links(roster, signOff, withdrawals, checkIn, people, sessionsSetup, settings, print, export));
        if (CurrentUser.hasRole("STAFF") || CurrentUser.hasRole("ADMIN")) {
            Anchor audit = new Anchor("audit/" + campId, "Audit trail");
            audit.setId("open-audit");
            add(audit);
        }
        NextSteps.of(campId, plan, CurrentUser.hasRole("ADMIN")).ifPresent(this::add);

        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.add("Sessions (" + plan.sessions().size() + ")", new SessionsByDay(plan));
        tabs.add("Sites (" + plan.sites().size() + ")", new SitesList(plan));
        tabs.add("People (" + plan.people().size() + ")", new PeopleList(plan));
        add(tabs);
        setFlexGrow(1, tabs);
    }

    private static HorizontalLayout links(Anchor... anchors) {
        HorizontalLayout links = new HorizontalLayout(anchors);
        links.setWrap(true);
        return links;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
