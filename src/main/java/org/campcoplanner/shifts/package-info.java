/**
 * A person's own published shifts, their calendar feed, saying "I can't make it" and the planners'
 * re-plan after it, and telling planners when a new availability no longer covers a shift.
 */
package org.campcoplanner.shifts;
