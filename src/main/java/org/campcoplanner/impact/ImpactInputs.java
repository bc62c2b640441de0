package org.campcoplanner.impact;

import org.campcoplanner.credits.AttendedShift;
import org.campcoplanner.credits.SpentEntry;
import org.campcoplanner.planning.format.CampPlan;
import org.campcoplanner.reflections.ReflectionFact;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * What a camp's figures are counted from. People are keyed by database id; {@code planIds} maps the
 * published roster's person ids to them. {@code firstCameBefore} holds, for each person who was
 * someone in an earlier camp, when that earlier self first came to a session.
 */
public record ImpactInputs(ZoneId zone, LocalDateTime now, Map<Long, Participant> people, Map<String, Long> planIds,
                           List<CampPlan.Session> sessions, List<CampPlan.Assignment> seats,
                           List<AttendedShift> attendance, List<SpentEntry> spent, List<ReflectionFact> reflections,
                           Map<Long, LocalDateTime> firstCameBefore) {

    /** What the figures need to know of a person. */
    public record Participant(String name, boolean resident, boolean youth) {
    }
}
