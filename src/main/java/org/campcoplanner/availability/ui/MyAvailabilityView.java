package org.campcoplanner.availability.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.campcoplanner.availability.AvailabilityService;
import org.campcoplanner.availability.PersonAvailability;
import org.campcoplanner.availability.UncoveredShifts;
import org.campcoplanner.base.ui.Notifications;
import org.campcoplanner.security.CampUser;
import org.campcoplanner.security.CurrentUser;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A volunteer keeps their own availability current with the planners' editor, by touch. Saving
 * a change that no longer covers a published shift says which, and flags it to the planners.
 */
@Route("my-availability")
@PermitAll
public class MyAvailabilityView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AvailabilityService availability;
    private final AvailabilityEditor editor;
    private final Paragraph conflicts = new Paragraph();

    public MyAvailabilityView(AvailabilityService availability, UncoveredShifts uncovered) {
        this.availability = availability;
        this.editor = new AvailabilityEditor(availability, false, saved -> showConflicts(uncovered.after(saved)));
        conflicts.setId("availability-conflicts");
        conflicts.addClassName("shift-withdrawn");
        conflicts.setVisible(false);
        add(conflicts, editor);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Long personId = CurrentUser.get().map(CampUser::personId).orElse(null);
        if (personId == null) {
            removeAll();
            add(new Paragraph(getTranslation("availability.my.no-person")));
            return;
        }
        PersonAvailability mine = availability.load(personId);
        editor.show(mine, getTranslation("availability.my.heading"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("availability.my.page-title");
    }

    private void showConflicts(List<UncoveredShifts.Shift> clashes) {
        conflicts.setVisible(!clashes.isEmpty());
        if (clashes.isEmpty()) {
            return;
        }
        String shifts = clashes.stream().map(shift -> getTranslation("availability.my.shift", shift.title(), shift.when()))
                .collect(Collectors.joining("; "));
        conflicts.setText(getTranslation("availability.my.uncovered", shifts));
        Notifications.warning(getTranslation("availability.my.saved-uncovered", clashes.size()));
    }
}
