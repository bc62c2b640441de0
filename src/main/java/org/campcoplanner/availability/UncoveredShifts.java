package org.campcoplanner.availability;

import org.campcoplanner.planning.Text;

import java.util.List;

/**
 * The published shifts a person's newly saved availability no longer covers. The shifts feature
 * answers it (and tells the planners), so availability needs to know nothing of rosters.
 */
public interface UncoveredShifts {

    /** Each upcoming shift of the person that {@code saved} no longer covers, in time order. */
    List<Shift> after(PersonAvailability saved);

    /** A shift by its session's title and when it is, for the page to say in its reader's words. */
    record Shift(String title, Text.When when) {
    }
}
