package org.campcoplanner.roster.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import org.campcoplanner.planning.DateStyle;
import org.campcoplanner.roster.PersonLoad;

import java.util.Locale;

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
            String line = "Week of " + DateStyle.day(week.monday(), getLocale()) + ": " + hours(week.minutes())
                    + (week.pledgedMinutes() == null ? "" : " of " + hours(week.pledgedMinutes()) + " pledged")
                    + (week.minutesOutsideStandardHours() > 0
                    ? ", " + hours(week.minutesOutsideStandardHours()) + " outside standard hours" : "");
            weeks.add(new ListItem(line));
        }
        UnorderedList shifts = new UnorderedList();
        load.shifts().forEach(shift -> shifts.add(new ListItem(DateStyle.when(shift.start(), shift.end(), getLocale())
                + " " + shift.title() + " (" + shift.seat() + ")")));
        panel.add(new H3(load.name()), weeks, shifts);
    }

    private static String hours(int minutes) {
        return minutes % 60 == 0 ? minutes / 60 + " h" : String.format(Locale.ROOT, "%.1f h", minutes / 60.0);
    }
}
