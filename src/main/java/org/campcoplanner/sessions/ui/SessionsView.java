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
import com.vaadin.flow.router.HasDynamicTitle;
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
public class SessionsView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

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
        series.addColumn(SeriesSummary::name).setHeader(getTranslation("sessions.grid.series")).setWidth("8em")
                .setFlexGrow(2);
        series.addColumn(SeriesSummary::title).setHeader(getTranslation("sessions.grid.title")).setWidth("7em")
                .setFlexGrow(1);
        series.addColumn(SeriesSummary::siteName).setHeader(getTranslation("sessions.grid.site")).setWidth("7em")
                .setFlexGrow(1);
        series.addColumn(s -> getTranslation("sessions.grid.times-and-days", DateStyle.timeRange(s.from(), s.to(), getLocale()),
                        DateStyle.days(s.firstDay(), s.lastDay(), getLocale())))
                .setHeader(getTranslation("sessions.grid.when")).setWidth("9em").setFlexGrow(1);
        series.addColumn(SeriesSummary::sessions).setHeader(getTranslation("sessions.grid.sessions")).setAutoWidth(true)
                .setFlexGrow(0);
        series.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        series.setAriaLabel(getTranslation("sessions.grid.series"));
        series.setId("series-grid");
        series.addSelectionListener(selection -> selection.getFirstSelectedItem().ifPresent(this::edit));
        occurrences.addColumn(o -> DateStyle.when(o.start(), o.end(), getLocale()))
                .setHeader(getTranslation("sessions.grid.occurrence")).setWidth("9em").setFlexGrow(1);
        occurrences.addColumn(SessionForm::title).setHeader(getTranslation("sessions.grid.title")).setWidth("7em")
                .setFlexGrow(1);
        occurrences.addComponentColumn(o -> new Button(getTranslation("sessions.grid.change-one"), click -> editOccurrence(o)))
                .setHeader("").setAutoWidth(true).setFlexGrow(0);
        occurrences.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        occurrences.setAllRowsVisible(true);
        occurrences.setAriaLabel(getTranslation("sessions.grid.occurrences"));
    }

    void editOccurrence(SessionForm occurrence) {
        openDialog = new OccurrenceEditor(occurrence, this::saveOccurrence);
        openDialog.open();
    }

    private void saveOccurrence(SessionForm changed) {
        try {
            sessions.updateSession(campId, changed);
            Notifications.success(getTranslation("sessions.view.saved-occurrence", changed.title(), changed.start()));
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
        VerticalLayout lists = new VerticalLayout(new H3(getTranslation("sessions.grid.series")), series, occurrences);
        lists.addClassName("sessions-lists");
        lists.setPadding(false);
        lists.setHeightFull();
        lists.setFlexGrow(1, series);
        VerticalLayout form = new VerticalLayout(new H3(getTranslation("sessions.view.new-series")), editor);
        form.addClassName("sessions-form");
        form.setPadding(false);
        form.setHeightFull();
        HorizontalLayout columns = new HorizontalLayout(lists, form);
        columns.addClassName("sessions-columns");
        columns.setSizeFull();
        columns.setFlexGrow(1, lists);
        add(new H2(getTranslation("sessions.view.heading", setup.load(campId).name())), columns);
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
        editor.save.setText(getTranslation("sessions.series.change"));
        occurrences.setItems(sessions.occurrences(campId, editing));
        occurrences.setVisible(true);
    }

    private void save(SeriesForm form) {
        try {
            int count = editing == null ? sessions.createSeries(campId, form)
                    : sessions.updateSeries(campId, editing, form);
            Notifications.success(getTranslation(editing == null ? "sessions.view.created" : "sessions.view.changed",
                    count, form.name()));
            refresh();
        } catch (InvalidFormException e) {
            editor.show(e);
        } catch (ChangedMeanwhileException e) {
            Notifications.changedMeanwhile(e);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sessions.view.page-title");
    }

    private void refresh() {
        series.setItems(sessions.series(campId));
        occurrences.setItems(editing == null ? List.of() : sessions.occurrences(campId, editing));
        occurrences.setVisible(editing != null);
    }
}
