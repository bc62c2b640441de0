package org.campcoplanner.roster.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.shared.Registration;
import org.campcoplanner.planning.format.CampPlan;
import org.campcoplanner.roster.SeatKey;
import org.campcoplanner.roster.SeatState;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Which sessions the board shows: a week or all weeks, a site, a person, an activity. It fires a
 * {@link ChangeEvent} when a planner changes one, never while it is being filled.
 */
class RosterFilters extends Composite<HorizontalLayout> {

    private final Select<LocalDate> week = new Select<>();
    private final Select<String> site = new Select<>();
    private final ComboBox<CampPlan.Person> person = new ComboBox<>(getTranslation("roster.filter.person"));
    private final Select<String> activity = new Select<>();
    private boolean showingAllWeeks;
    /** Filling the filters fires their change events; the board is drawn once afterwards. */
    private boolean filling;

    RosterFilters() {
        week.setLabel(getTranslation("roster.filter.week"));
        week.setEmptySelectionAllowed(true);
        week.setEmptySelectionCaption(getTranslation("roster.filter.all-weeks"));
        site.setLabel(getTranslation("roster.filter.site"));
        activity.setLabel(getTranslation("roster.filter.activity"));
        person.setItemLabelGenerator(CampPlan.Person::name);
        person.setClearButtonVisible(true);
        week.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                showingAllWeeks = e.getValue() == null;
            }
            changed(false);
        });
        site.addValueChangeListener(e -> changed(false));
        person.addValueChangeListener(e -> changed(true));
        activity.addValueChangeListener(e -> changed(false));
        getContent().add(week, site, person, activity);
        // four fields do not fit side by side on a phone
        getContent().setWrap(true);
        getContent().addClassName("roster-filters");
    }

    /** The whole camp at once rather than its first week, as {@code ?all} asks. */
    void showAllWeeks(boolean all) {
        showingAllWeeks = all;
    }

    /** Offers the plan's weeks, sites, people and activities; a refill after an edit keeps what the planner chose. */
    void fill(CampPlan plan) {
        filling = true;
        try {
            List<LocalDate> weeks = plan.sessions().stream().map(s -> s.start().toLocalDate().with(DayOfWeek.MONDAY))
                    .distinct().sorted().toList();
            LocalDate current = week.getValue();
            LocalDate shownWeek;
            if (showingAllWeeks) {
                shownWeek = null;
            } else if (current != null && weeks.contains(current)) {
                shownWeek = current;
            } else {
                shownWeek = weeks.isEmpty() ? null : weeks.get(0);
            }
            week.setItems(weeks);
            week.setItemLabelGenerator(monday -> monday == null ? getTranslation("roster.filter.all-weeks")
                    : getTranslation("roster.filter.week-of", monday));
            week.setValue(shownWeek);
            String chosenSite = site.getValue();
            String chosenActivity = activity.getValue();
            String chosenPerson = personId();
            site.setItems(plan.sites().stream().map(CampPlan.Site::name).toList());
            activity.setItems(plan.sessions().stream().map(CampPlan.Session::activity).filter(a -> a != null)
                    .distinct().sorted().toList());
            person.setItems(plan.people());
            // new items clear the filters
            site.setValue(chosenSite);
            activity.setValue(chosenActivity);
            person.setValue(plan.people().stream().filter(p -> p.id().equals(chosenPerson)).findFirst().orElse(null));
        } finally {
            filling = false;
        }
    }

    /**
     * Shows the week of the day if a single week is shown and it is another one, without
     * firing a change; true if the week changed.
     */
    boolean showWeekOf(LocalDate day) {
        LocalDate monday = day.with(DayOfWeek.MONDAY);
        if (week.getValue() == null || week.getValue().equals(monday)) {
            return false;
        }
        filling = true;
        try {
            week.setValue(monday);
        } finally {
            filling = false;
        }
        return true;
    }

    /** The chosen person's plan id, or null. */
    String personId() {
        return person.getValue() == null ? null : person.getValue().id();
    }

    boolean shows(CampPlan.Session session, String siteName, Map<SeatKey, SeatState> seats) {
        LocalDate monday = week.getValue();
        LocalDate day = session.start().toLocalDate();
        return (monday == null || !day.isBefore(monday) && day.isBefore(monday.plusDays(7)))
                && (site.getValue() == null || site.getValue().equals(siteName))
                && (activity.getValue() == null || activity.getValue().equals(session.activity()))
                && (personId() == null || seats.entrySet().stream().anyMatch(e -> e.getKey().session().equals(session.id())
                && personId().equals(e.getValue().person())));
    }

    Registration addChangeListener(ComponentEventListener<ChangeEvent> listener) {
        return addListener(ChangeEvent.class, listener);
    }

    private void changed(boolean personChanged) {
        if (!filling) {
            fireEvent(new ChangeEvent(this, personChanged));
        }
    }

    /** A planner changed a filter. */
    static final class ChangeEvent extends ComponentEvent<RosterFilters> {

        private final boolean personChanged;

        ChangeEvent(RosterFilters source, boolean personChanged) {
            super(source, true);
            this.personChanged = personChanged;
        }

        /** Whether it was the person, whose shifts and hours the board shows beside the days. */
        boolean personChanged() {
            return personChanged;
        }
    }
}
