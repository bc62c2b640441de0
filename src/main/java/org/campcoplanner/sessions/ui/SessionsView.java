package org.campcoplanner.sessions.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.campcoplanner.base.ChangedMeanwhileException;
import org.campcoplanner.base.InvalidFormException;
import org.campcoplanner.base.ui.Notifications;
import org.campcoplanner.camp.CampSetupService;
import org.campcoplanner.planning.DateStyle;
import org.campcoplanner.sessions.SeriesForm;
import org.campcoplanner.sessions.SeriesSummary;
import org.campcoplanner.sessions.SessionForm;
import org.campcoplanner.sessions.SessionPlanningService;

import java.util.List;

/**
 * Planners set up a camp's sessions: create a series in one go, change a whole series, or change
 * one occurrence. The same checks as a plan import apply, so a form never saves what an import
 * would refuse.
 */
@RolesAllowed({"ADMIN", "STAFF", "LEADER"})
@Route("sessions")
@PageTitle("Sessions | Camp co-planner")
public class SessionsView extends VerticalLayout implements HasUrlParameter<Long> {

    private final SessionPlanningService sessions;
    private final CampSetupService setup;
    private final Grid<SeriesSummary> series = new Grid<>(SeriesSummary.class, false);
    private final Grid<SessionForm> occurrences = new Grid<>(SessionForm.class, false);
    private long campId;
    private SeriesEditor editor;
    private String editing;
    private OccurrenceEditor openDialog;

    public SessionsView(SessionPlanningService sessions, CampSetupService setup) {
        this.sessions = sessions;
        this.setup = setup;
        series.addColumn(SeriesSummary::name).setHeader("Series").setFlexGrow(2);
        series.addColumn(SeriesSummary::title).setHeader("Title");
        series.addColumn(SeriesSummary::siteName).setHeader("Site");
        series.addColumn(s -> DateStyle.timeRange(s.from(), s.to(), getLocale())).setHeader("Time");
        series.addColumn(s -> DateStyle.days(s.firstDay(), s.lastDay(), getLocale())).setHeader("Days");
        series.addColumn(SeriesSummary::sessions).setHeader("Sessions");
        series.setAriaLabel("Series");
        series.setId("series-grid");
        series.addSelectionListener(selection -> selection.getFirstSelectedItem().ifPresent(this::edit));
        occurrences.addColumn(o -> DateStyle.when(o.start(), o.end(), getLocale()))
                .setHeader("Occurrence");
        occurrences.addColumn(SessionForm::title).setHeader("Title");
        occurrences.addComponentColumn(o -> new Button("Change only this one", click -> editOccurrence(o)))
                .setHeader("");
        occurrences.setAllRowsVisible(true);
        occurrences.setAriaLabel("Occurrences of the series");
    }

    void editOccurrence(SessionForm occurrence) {
        openDialog = new OccurrenceEditor(occurrence, this::saveOccurrence);
        openDialog.open();
    }

    private void saveOccurrence(SessionForm changed) {
        try {
            sessions.updateSession(campId, changed);
            Notifications.success("Saved " + changed.title() + " on "
                    + DateStyle.day(changed.start().toLocalDate(), getLocale()));
            openDialog.close();
            refresh();
        } catch (InvalidFormException e) {
            openDialog.show(e);
        } catch (ChangedMeanwhileException e) {
            Notifications.changedMeanwhile(e);
        }
    }

    @Override
    public void setParameter(BeforeEvent event, Long camp) {
        campId = camp;
        editor = new SeriesEditor(setup.sites(campId), this::save);
        removeAll();
        add(new H2("Sessions of " + setup.load(campId).name()),
                new HorizontalLayout(new VerticalLayout(new H3("Series"), series, occurrences),
                        new VerticalLayout(new H3("New series"), editor)));
        refresh();
    }

    private void edit(SeriesSummary summary) {
        editing = summary.name();
        editor.name.setValue(summary.name());
        editor.name.setReadOnly(true);
        editor.title.setValue(summary.title());
        editor.from.setValue(summary.from());
        editor.to.setValue(summary.to());
        editor.firstDay.setValue(summary.firstDay());
        editor.lastDay.setValue(summary.lastDay());
        editor.save.setText("Change every session of the series");
        occurrences.setItems(sessions.occurrences(campId, editing));
    }

    private void save(SeriesForm form) {
        try {
            int count = editing == null ? sessions.createSeries(campId, form)
                    : sessions.updateSeries(campId, editing, form);
            Notifications.success((editing == null ? "Created " : "Changed ") + count + " sessions of " + form.name());
            refresh();
        } catch (InvalidFormException e) {
            editor.show(e);
        } catch (ChangedMeanwhileException e) {
            Notifications.changedMeanwhile(e);
        }
    }

    private void refresh() {
        series.setItems(sessions.series(campId));
        occurrences.setItems(editing == null ? List.of() : sessions.occurrences(campId, editing));
    }
}
