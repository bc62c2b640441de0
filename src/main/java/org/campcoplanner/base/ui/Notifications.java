package org.campcoplanner.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.campcoplanner.base.ChangedMeanwhileException;
import org.campcoplanner.base.InvalidFormException;

/**
 * The one way a view tells someone what just happened. Vaadin's notification card is an aria-live
 * region, so screen readers read every one out: politely when something went as asked, at once
 * (assertive) when something was refused. Each kind has one place and one duration, long enough to
 * read its longest message; all sit at the top, where a phone's keyboard never covers them.
 */
public final class Notifications {

    private enum Kind {
        SUCCESS(NotificationVariant.LUMO_SUCCESS, 5_000, false),
        INFO(null, 6_000, false),
        WARNING(NotificationVariant.LUMO_WARNING, 8_000, false),
        ERROR(NotificationVariant.LUMO_ERROR, 10_000, true);

        private final NotificationVariant variant;
        private final int millis;
        private final boolean assertive;

        Kind(NotificationVariant variant, int millis, boolean assertive) {
            this.variant = variant;
            this.millis = millis;
            this.assertive = assertive;
        }
    }

    private Notifications() {
    }

    /** What was asked for is done: "Saved Liam Santos". */
    public static Notification success(String text) {
        return show(text, Kind.SUCCESS);
    }

    /** News that needs nothing from the reader: "Amina was checked in already". */
    public static Notification info(String text) {
        return show(text, Kind.INFO);
    }

    /** Done, but something needs a look: "Nobody can take the seat legally; it is empty". */
    public static Notification warning(String text) {
        return show(text, Kind.WARNING);
    }

    /** Refused or failed, nothing was saved; the text says why and what to do. */
    public static Notification error(String text) {
        return show(text, Kind.ERROR);
    }

    /** The one answer to an edit that met someone else's newer change. */
    public static Notification changedMeanwhile(ChangedMeanwhileException e) {
        return error(UI.getCurrent().getTranslation(e.text().key(), e.text().args().toArray()));
    }

    /** A refused form's sentence as a whole, beside its fields' problems. */
    public static Notification refused(InvalidFormException e) {
        return error(UI.getCurrent().getTranslation(e.text().key(), e.text().args().toArray()));
    }

    private static Notification show(String text, Kind kind) {
        Notification notification = new Notification(text, kind.millis, Notification.Position.TOP_CENTER);
        if (kind.variant != null) {
            notification.addThemeVariants(kind.variant);
        }
        notification.setAssertive(kind.assertive);
        notification.open();
        return notification;
    }
}
