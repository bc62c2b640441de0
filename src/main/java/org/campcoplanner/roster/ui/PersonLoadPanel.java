package org.campcoplanner.roster.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import org.campcoplanner.planning.Text;
import org.campcoplanner.roster.PersonLoad;

/** The chosen person's view: their shifts, and hours per week against their pledge and outside standard hours. */
class PersonLoadPanel extends Composite<Div> {

    PersonLoadPanel() {
        getContent().addClassName("roster-person-load");
    }

    void show(PersonLoad load) {
        Div panel = getContent();
        panel.removeAll();
        if (load == null) {
            return;
        }
        UnorderedList weeks = new UnorderedList();
        for (PersonLoad.Week week : load.weeks()) {
            String line = week.pledgedMinutes() == null
                    ? getTranslation("roster.load.week", week.monday(), hours(week.minutes()))
                    : getTranslation("roster.load.week-pledged", week.monday(), hours(week.minutes()),
                    hours(week.pledgedMinutes()));
            if (week.minutesOutsideStandardHours() > 0) {
                line = getTranslation("roster.load.outside-standard-hours", line, hours(week.minutesOutsideStandardHours()));
            }
            weeks.add(new ListItem(line));
        }
        UnorderedList shifts = new UnorderedList();
        load.shifts().forEach(shift -> shifts.add(new ListItem(getTranslation("roster.load.shift",
                new Text.When(shift.start(), shift.end()), shift.title(), shift.seat()))));
        panel.add(new H3(load.name()), weeks, shifts);
    }

    /** "3 h", "2.5 h" in English, "2,5 h" in French */
    private static Text hours(int minutes) {
        return Text.of("roster.load.hours", minutes / 60.0);
    }
}
