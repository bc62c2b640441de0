package org.campcoplanner.camp.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import org.campcoplanner.planning.format.CampPlan;

import java.util.Map;
import java.util.stream.Collectors;

/** The camp's sites and how many sessions each hosts. */
class SitesList extends Composite<Grid<CampPlan.Site>> {

    SitesList(CampPlan plan) {
        Map<String, Long> sessionsPerSite = plan.sessions().stream()
                .collect(Collectors.groupingBy(CampPlan.Session::site, Collectors.counting()));
        Grid<CampPlan.Site> grid = getContent();
        grid.addColumn(CampPlan.Site::name).setHeader(getTranslation("camp.sites.site")).setFlexGrow(2);
        grid.addColumn(CampPlan.Site::address).setHeader(getTranslation("camp.sites.address")).setFlexGrow(2);
        grid.addColumn(site -> sessionsPerSite.getOrDefault(site.id(), 0L)).setHeader(getTranslation("camp.sites.sessions"));
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("camp.sites.label"));
        grid.setItems(plan.sites());
    }

    @Override
    protected Grid<CampPlan.Site> initContent() {
        return new Grid<>(CampPlan.Site.class, false);
    }
}
