/**
 * A camp's draft roster: who sits in which seat, hand edits that never overwrite someone else's,
 * solving it in the background with Timefold's SolverManager while progress streams to whoever
 * watches, and saving the result without overwriting planners' edits.
 */
package org.campcoplanner.roster;
