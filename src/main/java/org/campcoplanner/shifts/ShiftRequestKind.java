package org.campcoplanner.shifts;

/** What a person asks of the published roster. */
public enum ShiftRequestKind {
    /** To take an empty seat. */
    OFFER,
    /** To trade one of their shifts for one of another person's. */
    SWAP,
    /** To give one of their shifts to another person. */
    HAND_OVER
}
