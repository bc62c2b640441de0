package org.campcoplanner.roster.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.campcoplanner.camp.CampPlanService;
import org.campcoplanner.planning.DateStyle;
import org.campcoplanner.planning.format.CampPlan;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The draft roster on paper: per day, per site, each session with who sits in which seat. Plain
 * text on white, for the site lead's clipboard; the app's frame is hidden when printing.
 */
@RolesAllowed({"ADMIN", "STAFF", "LEADER"})
@Route("print")
public class PrintableRosterView extends Div implements HasUrlParameter<Long>, HasDynamicTitle {

    private final CampPlanService campPlans;

    public PrintableRosterView(CampPlanService campPlans) {
        this.campPlans = campPlans;
        addClassName("roster-print");
    }

    @Override
    public void setParameter(BeforeEvent event, Long campId) {
        CampPlan plan = campPlans.exportPlan(campId);
        Map<String, String> siteNames = plan.sites().stream().collect(Collectors.toMap(CampPlan.Site::id, CampPlan.Site::name));
        Map<String, String> names = plan.people().stream().collect(Collectors.toMap(CampPlan.Person::id, CampPlan.Person::name));
        Map<String, String> seated = plan.assignments().stream().filter(a -> a.person() != null)
                .collect(Collectors.toMap(a -> a.session() + "/" + a.role() + "/" + a.index(), CampPlan.Assignment::person));
        removeAll();
        add(new H2(getTranslation("roster.print.heading", plan.camp().name())));
        Map<LocalDate, Map<String, List<CampPlan.Session>>> byDayAndSite = plan.sessions().stream()
                .sorted(Comparator.comparing(CampPlan.Session::start))
                .collect(Collectors.groupingBy(s -> s.start().toLocalDate(), TreeMap::new,
                        Collectors.groupingBy(s -> siteNames.get(s.site()), TreeMap::new, Collectors.toList())));
        byDayAndSite.forEach((day, bySite) -> {
            Div page = new Div(new H3(DateStyle.heading(day, getLocale())));
            page.addClassName("roster-print-day");
            bySite.forEach((site, sessions) -> {
                page.add(new H4(site));
                for (CampPlan.Session session : sessions) {
                    UnorderedList seats = new UnorderedList();
                    Map<String, Integer> perRole = new HashMap<>();
                    for (CampPlan.SeatGroup group : session.seats()) {
                        for (int i = 0; i < (group.count() == null ? 1 : group.count()); i++) {
                            int index = perRole.merge(group.role(), 1, Integer::sum);
                            String person = seated.get(session.id() + "/" + group.role() + "/" + index);
                            seats.add(new ListItem(getTranslation("roster.print.seat", group.role(), index,
                                    person == null ? getTranslation("roster.print.empty") : names.get(person))));
                        }
                    }
                    page.add(new Div(getTranslation("roster.print.session",
                            DateStyle.timeRange(session.start(), session.end(), getLocale()), session.title())), seats);
                }
            });
            add(page);
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("roster.print.page-title");
    }
}
