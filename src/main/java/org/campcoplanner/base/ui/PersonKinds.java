package org.campcoplanner.base.ui;

import com.vaadin.flow.component.Component;
import org.campcoplanner.planning.format.PersonKind;

import java.util.Locale;

/** The kinds of people as every page names them (Volunteer, Leader, Staff), in the page's language. */
public final class PersonKinds {

    private PersonKinds() {
    }

    /** "Volunteer", "Bénévole": {@code kind} as {@code page} says it. */
    public static String name(PersonKind kind, Component page) {
        return page.getTranslation("base.person-kind." + kind.name().toLowerCase(Locale.ROOT));
    }
}
