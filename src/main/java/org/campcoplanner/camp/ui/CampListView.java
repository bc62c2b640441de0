package org.campcoplanner.camp.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.campcoplanner.camp.CampPlanService;
import org.campcoplanner.camp.CampSummary;
import org.campcoplanner.planning.DateStyle;
import org.campcoplanner.security.CurrentUser;

/** Every camp, newest first; a planner opens one or imports a plan file as a new camp. */
@RolesAllowed({"ADMIN", "STAFF", "LEADER"})
@Route("camps")
@PageTitle("Camps | Camp co-planner")
public class CampListView extends VerticalLayout {

    private final CampPlanService campPlans;
    private final Grid<CampSummary> grid = new Grid<>(CampSummary.class, false);

    public CampListView(CampPlanService campPlans) {
        this.campPlans = campPlans;
        setSizeFull();

        grid.addColumn(CampSummary::name).setHeader("Camp").setFlexGrow(2).setSortable(true);
        grid.addColumn(CampSummary::neighbourhood).setHeader("Neighbourhood").setSortable(true);
        grid.addColumn(c -> DateStyle.daysInYear(c.startDate(), c.endDate(), getLocale())).setHeader("Days");
        grid.addColumn(CampSummary::sites).setHeader("Sites");
        grid.addColumn(CampSummary::sessions).setHeader("Sessions");
        grid.addColumn(CampSummary::people).setHeader("People");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel("Camps");
        grid.addItemClickListener(click -> openCamp(click.getItem().id()));

        add(new H2("Camps"));
        // the camp coordinator creates camps; leaders and staff see the camps they plan
        if (CurrentUser.hasRole("ADMIN")) {
            PlanImport planImport = new PlanImport(campPlans, this::openCamp);
            Anchor newCamp = new Anchor("camp-settings", "New camp");
            newCamp.setId("new-camp");
            add(new Paragraph("Camps that neighbourhood leaders and city staff plan together. Open one, "
                    + "or import a camp plan file (JSON, format version 1) as a new camp."), newCamp, planImport);
        } else {
            add(new Paragraph("The camps you plan with the other leaders and city staff."));
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
}
