package org.campcoplanner.availability.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.campcoplanner.availability.AvailabilityService;
import org.campcoplanner.availability.PersonAvailability;
import org.campcoplanner.availability.UncoveredShifts;
import org.campcoplanner.base.ui.Notifications;
import org.campcoplanner.security.CampUser;
import org.campcoplanner.security.CurrentUser;

import java.util.List;

/**
 * A volunteer keeps their own availability current with the planners' editor, by touch. Saving
 * a change that no longer covers a published shift says which, and flags it to the planners.
 */
@Route("my-availability")
@PageTitle("My availability | Camp co-planner")
@PermitAll
public class MyAvailabilityView extends VerticalLayout implements BeforeEnterObserver {

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
            add(new Paragraph("Your account is not a person of a camp, so it has no availability to keep."));
            return;
        }
        PersonAvailability mine = availability.load(personId);
        editor.show(mine, "My availability");
    }

    private void showConflicts(List<String> clashes) {
        conflicts.setVisible(!clashes.isEmpty());
        if (clashes.isEmpty()) {
            return;
        }
        conflicts.setText("Your new availability no longer covers " + String.join("; ", clashes)
                + ". The planners have been told. If you can't make it, say so on My shifts.");
        Notifications.warning("Saved. " + clashes.size() + " of your shifts no longer fit; the planners have been told.");
    }
}
