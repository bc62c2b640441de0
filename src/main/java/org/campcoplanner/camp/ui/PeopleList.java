package org.campcoplanner.camp.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import org.campcoplanner.planning.DateStyle;
import org.campcoplanner.planning.format.CampPlan;
import org.campcoplanner.planning.format.CredentialNames;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The camp's people: who they are, what they hold and what they offer. */
class PeopleList extends Composite<Grid<CampPlan.Person>> {

    PeopleList(CampPlan plan) {
        Grid<CampPlan.Person> grid = getContent();
        grid.addColumn(CampPlan.Person::name).setHeader("Name").setSortable(true).setFlexGrow(2);
        grid.addColumn(p -> kind(p)).setHeader("Kind").setSortable(true);
        grid.addColumn(p -> Boolean.TRUE.equals(p.experienced()) ? "Experienced" : "New").setHeader("Experience");
        grid.addColumn(p -> credentials(p, getLocale())).setHeader("Credentials").setFlexGrow(3);
        grid.addColumn(p -> hours(p.pledgedHoursPerWeek())).setHeader("Pledged h/week");
        grid.addColumn(p -> availability(p, getLocale())).setHeader("Weekly availability").setFlexGrow(3);
        grid.setAriaLabel("People");
        grid.setHeight("70vh");
        grid.setItems(plan.people());
    }

    @Override
    protected Grid<CampPlan.Person> initContent() {
        return new Grid<>(CampPlan.Person.class, false);
    }

    private static String kind(CampPlan.Person person) {
        String kind = person.kind().name().charAt(0) + person.kind().name().substring(1).toLowerCase(Locale.ROOT);
        return Boolean.TRUE.equals(person.youth()) ? kind + " (youth)" : kind;
    }

    private static String credentials(CampPlan.Person person, Locale locale) {
        List<CampPlan.Credential> credentials = person.credentials() == null ? List.of() : person.credentials();
        return credentials.stream()
                .map(c -> CredentialNames.name(c.type()) + (c.validUntil() == null ? "" : " until " + DateStyle.dayInYear(c.validUntil(), locale)))
                .collect(Collectors.joining(", "));
    }

    private static String availability(CampPlan.Person person, Locale locale) {
        if (person.availability() == null || person.availability().weekly() == null) {
            return "";
        }
        return person.availability().weekly().stream()
                .map(w -> DateStyle.weekdayShort(w.day(), locale) + " " + DateStyle.timeRange(w.from(), w.to(), locale))
                .collect(Collectors.joining(", "));
    }

    private static String hours(Double hours) {
        return hours == null ? "" : String.valueOf(hours).replaceAll("\\.0$", "");
    }
}
