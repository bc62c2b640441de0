/**
 * Building a roster from a camp plan (with everything that does not change during solving
 * worked out once), solving it with the configured Timefold solver, and writing it back.
 */
package org.campcoplanner.planning.solver;
