package org.campcoplanner.shifts;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import org.campcoplanner.planning.Text;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A person's published shifts as iCalendar, in the camp's time zone (with its VTIMEZONE) so an
 * overnight camp-out shows at the right local times in any calendar app. Each shift's UID names
 * its camp and seat, not the revision, so republishing updates events instead of duplicating them.
 * Nothing about other people is in it: whoever holds the URL learns this person's shifts only.
 * Its words are in the person's language: a calendar app cannot say which language it reads.
 * Zones come from the definitions bundled with ical4j: {@code ical4j.properties} switches off its
 * updater, which would otherwise fetch each zone from a web server the first time it is used.
 */
final class CalendarFeed {

    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    private CalendarFeed() {
    }

    /** {@code say} words a text in the person's language. */
    static String of(MyShifts shifts, Instant publishedAt, Function<Text, String> say) {
        ZoneId zone = ZoneId.of(shifts.timeZone());
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Camp co-planner//Shifts//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(ZONES.getTimeZone(zone.getId()).getVTimeZone());
        List<MyShift> all = new ArrayList<>(shifts.past());
        all.addAll(shifts.upcoming());
        for (MyShift shift : all) {
            VEvent event = new VEvent(shift.start().atZone(zone), shift.end().atZone(zone),
                    say.apply(Text.of("shifts.calendar.event", shift.title(), shift.role())));
            event.add(new Uid(uid(shift)));
            // the constructor stamps the event with now; RFC 5545 allows one DTSTAMP, and it is the publication
            event.replace(new DtStamp(publishedAt == null ? Instant.EPOCH : publishedAt));
            event.add(new Location(shift.address() == null ? shift.site() : shift.site() + ", " + shift.address()));
            event.add(new Description(say.apply(description(shifts.camp(), shift))));
            calendar.add(event);
        }
        return calendar.toString();
    }

    static String uid(MyShift shift) {
        return "shift-" + shift.campId() + "-" + shift.sessionId() + "-" + shift.role() + "-" + shift.index()
                + "@camp-coplanner";
    }

    private static Text description(String camp, MyShift shift) {
        return Text.of(shift.withdrawn() ? "shifts.calendar.withdrawn-description" : "shifts.calendar.description",
                camp, shift.role(), shift.title());
    }
}
