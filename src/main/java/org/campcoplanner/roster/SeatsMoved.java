package org.campcoplanner.roster;

/**
 * How far a roster is from the camp's published revision: the seats whose person differs, and
 * the people who would be told of a change when it is published.
 */
public record SeatsMoved(int revision, int seats, int people) {
}
