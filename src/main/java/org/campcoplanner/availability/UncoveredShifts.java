package org.campcoplanner.availability;

import java.util.List;

/**
 * The published shifts a person's newly saved availability no longer covers. The shifts feature
 * answers it (and tells the planners), so availability needs to know nothing of rosters.
 */
public interface UncoveredShifts {

    /** Each upcoming shift of the person that {@code saved} no longer covers, as "title day time", in time order. */
    List<String> after(PersonAvailability saved);
}
