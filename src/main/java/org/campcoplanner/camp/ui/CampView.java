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
    private String title = getTranslation("camp.view.page-title-nobody");

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
        title = getTranslation("camp.view.page-title", camp.name());
        String days = DateStyle.daysInYear(camp.startDate(), camp.endDate(), getLocale());
        String when = camp.neighbourhood() == null ? getTranslation("camp.view.when", days, camp.timeZone())
                : getTranslation("camp.view.where-and-when", camp.neighbourhood(), days, camp.timeZone());
        Anchor roster = new Anchor("roster/" + campId, getTranslation("camp.view.roster"));
        roster.setId("open-roster");
        Anchor people = new Anchor("people/" + campId, getTranslation("camp.view.people"));
        people.setId("open-people");
        Anchor sessionsSetup = new Anchor("sessions/" + campId, getTranslation("camp.view.sessions"));
        Anchor settings = new Anchor("camp-settings/" + campId, getTranslation("camp.view.settings"));
        Anchor print = new Anchor("print/" + campId, getTranslation("camp.view.print"));
        Anchor signOff = new Anchor("sign-off/" + campId, getTranslation("camp.view.sign-off"));
        signOff.setId("open-sign-off");
        Anchor withdrawals = new Anchor("requests/" + campId, getTranslation("camp.view.withdrawals"));
        withdrawals.setId("open-withdrawals");
        Anchor checkIn = new Anchor("check-in/" + campId, getTranslation("camp.view.check-in"));
        checkIn.setId("open-check-in");
        Anchor impact = new Anchor("impact/" + campId, getTranslation("camp.view.impact"));
        impact.setId("open-impact");
        Anchor export = new Anchor("export/camps/" + campId + "/plan.json", getTranslation("camp.view.export"));
        export.getElement().setAttribute("download", "camp-" + campId + ".json");
        export.setId("export-plan");
        add(new H2(camp.name()), new Paragraph(when),
                links(roster, signOff, withdrawals, checkIn, impact, people, sessionsSetup, settings, print, export));
        if (CurrentUser.hasRole("STAFF") || CurrentUser.hasRole("ADMIN")) {
            Anchor audit = new Anchor("audit/" + campId, getTranslation("camp.view.audit"));
            audit.setId("open-audit");
            add(audit);
        }
        NextSteps.of(campId, plan, CurrentUser.hasRole("ADMIN")).ifPresent(this::add);

        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.add(getTranslation("camp.view.sessions-tab", plan.sessions().size()), new SessionsByDay(plan));
        tabs.add(getTranslation("camp.view.sites-tab", plan.sites().size()), new SitesList(plan));
        tabs.add(getTranslation("camp.view.people-tab", plan.people().size()), new PeopleList(plan));
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
