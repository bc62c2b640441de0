package org.campcoplanner.camp.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import org.campcoplanner.base.ui.Hours;
import org.campcoplanner.base.ui.PersonKinds;
import org.campcoplanner.planning.DateStyle;
import org.campcoplanner.planning.format.CampPlan;
import org.campcoplanner.planning.Text;
import org.campcoplanner.planning.format.CredentialNames;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The camp's people: who they are, what they hold and what they offer. */
class PeopleList extends Composite<Grid<CampPlan.Person>> {

    PeopleList(CampPlan plan) {
        Grid<CampPlan.Person> grid = getContent();
        grid.addColumn(CampPlan.Person::name).setHeader(getTranslation("camp.people.name")).setSortable(true).setFlexGrow(2);
        grid.addColumn(this::kind).setHeader(getTranslation("camp.people.kind")).setSortable(true);
        grid.addColumn(p -> getTranslation(Boolean.TRUE.equals(p.experienced()) ? "camp.people.experienced" : "camp.people.new"))
                .setHeader(getTranslation("camp.people.experience"));
        grid.addColumn(this::credentials).setHeader(getTranslation("camp.people.credentials")).setFlexGrow(3);
        grid.addColumn(p -> Hours.of(p.pledgedHoursPerWeek(), getLocale())).setHeader(getTranslation("camp.people.pledged"));
        grid.addColumn(p -> availability(p, getLocale())).setHeader(getTranslation("camp.people.availability"))
                .setFlexGrow(3);
        grid.setAriaLabel(getTranslation("camp.people.label"));
        grid.setHeight("70vh");
        grid.setItems(plan.people());
    }

    @Override
    protected Grid<CampPlan.Person> initContent() {
        return new Grid<>(CampPlan.Person.class, false);
    }

    private String kind(CampPlan.Person person) {
        String kind = PersonKinds.name(person.kind(), this);
        return Boolean.TRUE.equals(person.youth()) ? getTranslation("camp.people.youth", kind) : kind;
    }

    private String credentials(CampPlan.Person person) {
        List<CampPlan.Credential> credentials = person.credentials() == null ? List.of() : person.credentials();
        return credentials.stream().map(c -> c.validUntil() == null ? name(c.type())
                        : getTranslation("camp.people.credential-until", name(c.type()),
                                DateStyle.dayInYear(c.validUntil(), getLocale())))
                .collect(Collectors.joining(", "));
    }

    private String name(String credential) {
        Text name = CredentialNames.text(credential);
        return getTranslation(name.key(), name.args().toArray());
    }

    private static String availability(CampPlan.Person person, Locale locale) {
        if (person.availability() == null || person.availability().weekly() == null) {
            return "";
        }
        return person.availability().weekly().stream()
                .map(w -> DateStyle.weekdayShort(w.day(), locale) + " " + DateStyle.timeRange(w.from(), w.to(), locale))
                .collect(Collectors.joining(", "));
    }

}
