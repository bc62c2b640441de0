package org.campcoplanner.planning.rules;

import org.campcoplanner.planning.Text;
import org.campcoplanner.planning.domain.Person;
import org.campcoplanner.planning.domain.SeatAssignment;
import org.campcoplanner.planning.domain.Session;
import org.campcoplanner.planning.domain.TimeBlock;
import org.campcoplanner.planning.format.PersonKind;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * How sentences name sessions, seats, days, hours and kinds of people: as {@link Text}s (keys of
 * {@code i18n/planning.properties}) and days, so that a page says them in its reader's language.
 */
public final class Wording {

    private Wording() {
    }

    /** "Swim on Wed 22 Jul" */
    public static Text session(Session session) {
        return Text.of("planning.wording.session", session.title(), session.start().toLocalDate());
    }

    /** "Helper 2 in Swim on Wed 22 Jul"; the seat's role is the camp's own word. */
    public static Text seat(SeatAssignment seat) {
        return Text.of("planning.wording.seat", seat.label(), session(seat.getSession()));
    }

    /** "Wed 22 Jul 18:00–21:00", or "Fri 10 Jul 19:00–09:00 next day" overnight */
    public static Text.When when(LocalDateTime start, LocalDateTime end) {
        return new Text.When(start, end);
    }

    /** "Mon 20 Jul – Sun 26 Jul" for whole days, otherwise with times */
    public static Object block(TimeBlock block) {
        boolean wholeDays = block.start().toLocalTime().equals(LocalTime.MIDNIGHT)
                && block.end().toLocalTime().equals(LocalTime.MIDNIGHT);
        if (!wholeDays) {
            return when(block.start(), block.end());
        }
        LocalDate first = block.start().toLocalDate();
        LocalDate last = block.end().toLocalDate().minusDays(1);
        return first.equals(last) ? first : Text.of("planning.wording.days", first, last);
    }

    /** "3 h", "2 h 30 min" */
    public static Text hours(long minutes) {
        long whole = minutes / 60;
        long rest = minutes % 60;
        return rest == 0 ? Text.of("planning.wording.hours", whole) : Text.of("planning.wording.hours-minutes", whole, rest);
    }

    /** "volunteer", "staff" */
    public static Text kind(PersonKind kind) {
        return Text.of("planning.kind." + kind.name().toLowerCase(Locale.ROOT));
    }

    /** "leader or volunteer", in the order of the kinds' names */
    public static Text kinds(Collection<PersonKind> kinds) {
        return joined("planning.wording.or", kinds.stream().sorted(Comparator.comparing(PersonKind::name)).map(Wording::kind).map(Object.class::cast).toList());
    }

    /** A person's name, or the word for nobody */
    public static Object name(Person person) {
        return person == null ? Text.of("planning.wording.nobody") : person.name();
    }

    /** "a, b, c": parts said one after another */
    public static Text list(List<?> parts) {
        return joined("planning.wording.list", parts);
    }

    /** Parts joined two at a time by a text of two parameters, such as "{0}, {1}" or "{0} or {1}". */
    public static Text joined(String key, List<?> parts) {
        if (parts.isEmpty()) {
            return Text.of("planning.wording.nothing");
        }
        Object joined = parts.get(0);
        for (Object part : parts.subList(1, parts.size())) {
            joined = Text.of(key, joined, part);
        }
        return joined instanceof Text text ? text : Text.of("planning.wording.one", joined);
    }
}
