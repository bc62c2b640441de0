package org.campcoplanner.availability.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.campcoplanner.availability.AvailabilityService;
import org.campcoplanner.availability.PersonAvailability;
import org.campcoplanner.availability.PersonNotFoundException;

/** A planner edits when one person of their camp can be rostered. */
@RolesAllowed({"ADMIN", "STAFF", "LEADER"})
@Route("availability")
public class AvailabilityView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final AvailabilityService availability;
    private final Anchor backToCamp = new Anchor("camps", getTranslation("availability.view.back"));
    private final AvailabilityEditor editor;

    public AvailabilityView(AvailabilityService availability) {
        this.availability = availability;
        this.editor = new AvailabilityEditor(availability, true, saved -> { });
        add(backToCamp, editor);
    }

    @Override
    public void setParameter(BeforeEvent event, Long personId) {
        try {
            PersonAvailability shown = availability.load(personId);
            backToCamp.setHref("camp/" + shown.campId());
            editor.show(shown, getTranslation("availability.view.heading", shown.personName()));
        } catch (PersonNotFoundException e) {
            event.rerouteToError(NotFoundException.class, e.getMessage());
        }
    }

    @Override
    public String getPageTitle() {
        return editor.loaded() == null ? getTranslation("availability.view.page-title-nobody")
                : getTranslation("availability.view.page-title", editor.loaded().personName());
    }
}
