/**
 * Solving a camp's draft roster in the background with Timefold's SolverManager, streaming
 * progress to whoever watches, and saving the result without overwriting planners' edits.
 */
package org.campcoplanner.roster;
