package org.campcoplanner.roster.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import org.campcoplanner.roster.PersonLoad;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The chosen person's view: their shifts, and hours per week against their pledge and outside standard hours. */
class PersonLoadPanel extends Composite<Div> {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE MMM d HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH);

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
            String line = "Week of " + WEEK.format(week.monday()) + ": " + hours(week.minutes())
                    + (week.pledgedMinutes() == null ? "" : " of " + hours(week.pledgedMinutes()) + " pledged")
                    + (week.minutesOutsideStandardHours() > 0
                    ? ", " + hours(week.minutesOutsideStandardHours()) + " outside standard hours" : "");
            weeks.add(new ListItem(line));
        }
        UnorderedList shifts = new UnorderedList();
        load.shifts().forEach(shift -> shifts.add(new ListItem(DAY.format(shift.start()) + "-" + TIME.format(shift.end())
                + " " + shift.title() + " (" + shift.seat() + ")")));
        panel.add(new H3(load.name()), weeks, shifts);
    }

    private static String hours(int minutes) {
        return minutes % 60 == 0 ? minutes / 60 + " h" : String.format(Locale.ROOT, "%.1f h", minutes / 60.0);
    }
}
