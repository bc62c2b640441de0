package org.campcoplanner.shifts;

/**
 * A withdrawal planners still have to re-plan, as their pages show it.
 *
 * @param seat the seat in words, e.g. "Helper 2 in Swim, Wed. 8 Jul. 10:00"
 */
public record OpenWithdrawal(long id, String person, String seat, String reason) {
}
