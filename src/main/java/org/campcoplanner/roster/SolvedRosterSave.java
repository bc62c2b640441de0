package org.campcoplanner.roster;

import java.util.List;

/**
 * What saving a solved roster did: how many seats changed, and which seats kept a planner's
 * hand edit made while the solver was running.
 */
public record SolvedRosterSave(int changedSeats, List<SeatKey> keptPlannerEdits) {
}
