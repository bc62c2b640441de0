/**
 * Solving over HTTP: a plan file in and the solved plan out, or a stored camp's draft solved in
 * the background like the roster board does.
 */
package org.campcoplanner.roster.api;
