package org.campcoplanner.people;

import java.time.ZoneId;

/**
 * Who a person is across the app: database id, camp (with its name, neighbourhood and time zone), the id the
 * camp's plan gives them, their name and pledge.
 */
public record PersonRef(long id, long campId, String campName, String neighbourhood, ZoneId timeZone, String planId, String name,
                        Double pledgedHoursPerWeek) {
}
