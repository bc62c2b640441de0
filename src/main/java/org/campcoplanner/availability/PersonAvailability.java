package org.campcoplanner.availability;

import org.campcoplanner.camp.DatedWindow;
import org.campcoplanner.camp.WeeklyWindow;

import java.time.ZoneId;
import java.util.List;

/**
 * When one person can be rostered, as a planner edits it: weekly windows, extra dated windows
 * and unavailable blocks in the camp's wall-clock time, with the version it was read at.
 */
public record PersonAvailability(long personId, long campId, String personName, ZoneId timeZone,
                                 List<WeeklyWindow> weekly, List<DatedWindow> dated, List<DatedWindow> unavailable,
                                 long version) {

    public PersonAvailability {
        weekly = List.copyOf(weekly);
        dated = List.copyOf(dated);
        unavailable = List.copyOf(unavailable);
    }

    /** The same person's availability with edited windows, still based on the version read. */
    public PersonAvailability withWindows(List<WeeklyWindow> newWeekly, List<DatedWindow> newDated,
                                          List<DatedWindow> newUnavailable) {
        return new PersonAvailability(personId, campId, personName, timeZone, newWeekly, newDated, newUnavailable,
                version);
    }
}
