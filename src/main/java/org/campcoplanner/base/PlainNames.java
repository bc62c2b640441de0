package org.campcoplanner.base;

import org.campcoplanner.planning.Text;
import org.campcoplanner.planning.DateStyle;

import java.time.LocalDateTime;

/**
 * How stored text and messages name a session and a seat: by the session's title, day and time, never
 * by its id in the plan. Audit entries keep these words as they were when the change was made.
 */
public final class PlainNames {

    private PlainNames() {
    }

    /** "Arts &amp; crafts, Tue 7 Jul 10:00" */
    public static String session(String title, LocalDateTime start) {
        return title + ", " + DateStyle.dayTime(start, DateStyle.UNTRANSLATED);
    }

    /** "Helper 2 in Arts &amp; crafts, Tue 7 Jul 10:00" */
    public static String seat(String role, int index, String title, LocalDateTime start) {
        return role + " " + index + " in " + session(title, start);
    }

    /** {@link #session} in the reader's language. */
    public static Text sessionText(String title, LocalDateTime start) {
        return Text.of("base.plain.session", title, start);
    }

    /** {@link #seat} in the reader's language. */
    public static Text seatText(String role, int index, String title, LocalDateTime start) {
        return Text.of("base.plain.seat", role, index, sessionText(title, start));
    }

    /** {@link #person} in the reader's language. */
    public static Object personText(String name) {
        return name == null ? Text.of("base.plain.nobody") : name;
    }

    /** Who sits somewhere, or "nobody". */
    public static String person(String name) {
        return name == null ? "nobody" : name;
    }
}
