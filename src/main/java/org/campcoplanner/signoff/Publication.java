package org.campcoplanner.signoff;

/** A revision just published: what changed against the one before, and how many people were told. */
public record Publication(RevisionSummary revision, RosterDiff diff, int peopleNotified) {
}
