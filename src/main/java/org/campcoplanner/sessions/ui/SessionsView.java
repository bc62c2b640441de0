package org.campcoplanner.sessions.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
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
import org.campcoplanner.base.PlainNames;
import org.campcoplanner.base.ui.Notifications;
import org.campcoplanner.camp.CampSetupService;
import org.campcoplanner.planning.DateStyle;
import org.campcoplanner.sessions.SeriesForm;
import org.campcoplanner.sessions.SeriesSummary;
import org.campcoplanner.sessions.SessionForm;
import org.campcoplanner.sessions.SessionPlanningService;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Planners set up a camp's sessions: create a series in one go, change a whole series, or change
 * one occurrence. The same checks as a plan import apply, so a form never saves what an import
 * would refuse.
 */
@RolesAllowed({"ADMIN", "STAFF", "LEADER"})
@Route("sessions")
@PageTitle("Sessions | Camp co-planner")
public class SessionsView extends VerticalLayout implements HasUrlParameter<Long> {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.CANADA);

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
        setSizeFull();
        // Every value fits at a laptop's 1366 px beside the menu and the form: the columns share the room
        // and wrap their words rather than cutting them off; the count is as wide as its header.
        series.addColumn(SeriesSummary::name).setHeader("Series").setWidth("8em").setFlexGrow(2);
        series.addColumn(SeriesSummary::title).setHeader("Title").setWidth("7em").setFlexGrow(1);
        series.addColumn(SeriesSummary::siteName).setHeader("Site").setWidth("7em").setFlexGrow(1);
        series.addColumn(s -> DateStyle.timeRange(s.from(), s.to(), getLocale()) + ", "
                        + DateStyle.days(s.firstDay(), s.lastDay(), getLocale()))
                .setHeader("When").setWidth("9em").setFlexGrow(1);
        series.addColumn(SeriesSummary::sessions).setHeader("Sessions").setAutoWidth(true).setFlexGrow(0);
        series.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        series.setAriaLabel("Series");
        series.setId("series-grid");
        series.addSelectionListener(selection -> selection.getFirstSelectedItem().ifPresent(this::edit));
        occurrences.addColumn(o -> DateStyle.when(o.start(), o.end(), getLocale())).setHeader("Occurrence")
                .setWidth("9em").setFlexGrow(1);
        occurrences.addColumn(SessionForm::title).setHeader("Title").setWidth("7em").setFlexGrow(1);
        occurrences.addComponentColumn(o -> new Button("Change only this one", click -> editOccurrence(o)))
                .setHeader("").setAutoWidth(true).setFlexGrow(0);
        occurrences.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
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
            Notifications.success("Saved " + PlainNames.session(changed.title(), changed.start()));
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
        VerticalLayout lists = new VerticalLayout(new H3("Series"), series, occurrences);
        lists.addClassName("sessions-lists");
        lists.setPadding(false);
        lists.setHeightFull();
        lists.setFlexGrow(1, series);
        VerticalLayout form = new VerticalLayout(new H3("New series"), editor);
        form.addClassName("sessions-form");
        form.setPadding(false);
        form.setHeightFull();
        HorizontalLayout columns = new HorizontalLayout(lists, form);
        columns.addClassName("sessions-columns");
        columns.setSizeFull();
        columns.setFlexGrow(1, lists);
        add(new H2("Sessions of " + setup.load(campId).name()), columns);
        setFlexGrow(1, columns);
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
        occurrences.setVisible(true);
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

    /** "6 Jul." kept on one line when the column wraps */
    private static String day(LocalDate day) {
        return DAY.format(day).replace(' ', '\u00a0');
    }

    private void refresh() {
        series.setItems(sessions.series(campId));
        occurrences.setItems(editing == null ? List.of() : sessions.occurrences(campId, editing));
        occurrences.setVisible(editing != null);
    }
}
