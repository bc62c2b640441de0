package org.campcoplanner.availability.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.campcoplanner.availability.AvailabilityService;
import org.campcoplanner.availability.InvalidAvailabilityException;
import org.campcoplanner.availability.PersonAvailability;
import org.campcoplanner.base.ChangedMeanwhileException;
import org.campcoplanner.base.ui.Notifications;
import org.campcoplanner.camp.WeeklyWindow;
import org.campcoplanner.planning.DateStyle;
import org.campcoplanner.security.CampUser;
import org.campcoplanner.security.CurrentUser;

import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * When one person can be rostered: a week to paint (evenings, weekends and nights as easily as
 * weekday daytime, by tap as well as by mouse), extra dates and times away beside it, and the
 * sessions that opens, updated with every change before anything is saved. Planners use it for
 * anyone of their camp, a volunteer for themselves.
 */
public class AvailabilityEditor extends VerticalLayout {

    private final AvailabilityService availability;
    private final H2 title = new H2(getTranslation("availability.editor.heading"));
    private final Paragraph timeZone = new Paragraph();
    private final Paragraph notOnHalfHours = new Paragraph();
    private final WeekGrid weekGrid = new WeekGrid();
    private final DatedWindowList extraTimes = new DatedWindowList(getTranslation("availability.extra.heading"),
            getTranslation("availability.extra.start"), getTranslation("availability.extra.end"),
            getTranslation("availability.extra.none"));
    private final DatedWindowList timesAway = new DatedWindowList(getTranslation("availability.away.heading"),
            getTranslation("availability.away.start"), getTranslation("availability.away.end"),
            getTranslation("availability.away.none"));
    private final SessionPreview preview = new SessionPreview();
    private final Consumer<PersonAvailability> onSaved;
    private final boolean withPreview;
    private PersonAvailability loaded;

    /**
     * @param withPreview whether to show the draft's sessions the availability opens: for planners,
     *                    not for a volunteer, who sees only published shifts
     */
    public AvailabilityEditor(AvailabilityService availability, boolean withPreview,
                              Consumer<PersonAvailability> onSaved) {
        this.availability = availability;
        this.onSaved = onSaved;
        this.withPreview = withPreview;
        preview.setVisible(withPreview);
        setPadding(false);
        addClassName("availability-view");
        notOnHalfHours.addClassName("availability-kept-note");
        weekGrid.addChangeListener(e -> showPreview());
        extraTimes.addChangeListener(e -> showPreview());
        timesAway.addChangeListener(e -> showPreview());
        Button save = new Button(getTranslation("availability.editor.save"), e -> save());
        save.setId("save-availability");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        Div week = new Div(weekGrid, notOnHalfHours);
        week.addClassName("availability-week");
        Div side = new Div(extraTimes, timesAway, preview);
        side.addClassName("availability-side");
        Div body = new Div(week, side);
        body.addClassName("availability-body");
        add(title, timeZone, body, save);
    }

    public void show(PersonAvailability shown, String heading) {
        loaded = shown;
        title.setText(heading);
        timeZone.setText(getTranslation("availability.editor.time-zone", shown.timeZone().getId()));
        weekGrid.setWindows(shown.weekly());
        extraTimes.setWindows(shown.dated());
        timesAway.setWindows(shown.unavailable());
        String kept = weekGrid.getWindowsNotOnHalfHours().stream().map(window -> describe(window, getLocale()))
                .collect(Collectors.joining(", "));
        notOnHalfHours.setText(kept.isEmpty() ? "" : getTranslation("availability.editor.kept", kept));
        notOnHalfHours.setVisible(!kept.isEmpty());
        showPreview();
    }

    public PersonAvailability loaded() {
        return loaded;
    }

    private PersonAvailability edited() {
        return loaded.withWindows(weekGrid.getWindows(), extraTimes.getWindows(), timesAway.getWindows());
    }

    private void showPreview() {
        if (withPreview) {
            preview.show(availability.preview(edited()));
        }
    }

    private void save() {
        try {
            PersonAvailability saved = availability.save(edited());
            show(saved, title.getText());
            Notifications.success(isOwn(saved) ? getTranslation("availability.editor.saved-own")
                    : getTranslation("availability.editor.saved", loaded.personName()));
            onSaved.accept(saved);
        } catch (ChangedMeanwhileException e) {
            Notifications.changedMeanwhile(e);
        } catch (InvalidAvailabilityException e) {
            Notifications.refused(e);
        }
    }

    /** Whether the signed-in person saved their own availability, from either page. */
    private static boolean isOwn(PersonAvailability saved) {
        return CurrentUser.get().map(CampUser::personId).filter(own -> own == saved.personId()).isPresent();
    }

    private static String describe(WeeklyWindow window, Locale locale) {
        return DateStyle.weekday(window.day(), locale) + " " + DateStyle.timeRange(window.from(), window.to(), locale);
    }
}
