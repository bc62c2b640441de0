package org.campcoplanner.camp.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.campcoplanner.camp.CampPlanService;
import org.campcoplanner.camp.CampSummary;
import org.campcoplanner.planning.DateStyle;
import org.campcoplanner.security.CurrentUser;

/** Every camp, newest first; a planner opens one or imports a plan file as a new camp. */
@RolesAllowed({"ADMIN", "STAFF", "LEADER"})
@Route("camps")
public class CampListView extends VerticalLayout implements HasDynamicTitle {

    private final CampPlanService campPlans;
    private final Grid<CampSummary> grid = new Grid<>(CampSummary.class, false);

    public CampListView(CampPlanService campPlans) {
        this.campPlans = campPlans;
        setSizeFull();

        grid.addColumn(CampSummary::name).setHeader(getTranslation("camp.list.camp")).setFlexGrow(2).setSortable(true);
        grid.addColumn(CampSummary::neighbourhood).setHeader(getTranslation("camp.list.neighbourhood")).setSortable(true);
        grid.addColumn(c -> DateStyle.daysInYear(c.startDate(), c.endDate(), getLocale()))
                .setHeader(getTranslation("camp.list.days"));
        grid.addColumn(CampSummary::sites).setHeader(getTranslation("camp.list.sites"));
        grid.addColumn(CampSummary::sessions).setHeader(getTranslation("camp.list.sessions"));
        grid.addColumn(CampSummary::people).setHeader(getTranslation("camp.list.people"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel(getTranslation("camp.list.heading"));
        grid.addItemClickListener(click -> openCamp(click.getItem().id()));

        add(new H2(getTranslation("camp.list.heading")));
        // the camp coordinator creates camps; leaders and staff see the camps they plan
        if (CurrentUser.hasRole("ADMIN")) {
            PlanImport planImport = new PlanImport(campPlans, this::openCamp);
            Anchor newCamp = new Anchor("camp-settings", getTranslation("camp.list.new-camp"));
            newCamp.setId("new-camp");
            add(new Paragraph(getTranslation("camp.list.intro-coordinator")), newCamp, planImport);
        } else {
            add(new Paragraph(getTranslation("camp.list.intro")));
        }
        add(grid);
        setFlexGrow(1, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(campPlans.listCamps());
    }

    private void openCamp(long campId) {
        getUI().ifPresent(ui -> ui.navigate(CampView.class, campId));
    }

    Grid<CampSummary> grid() {
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("camp.list.page-title");
    }
}
