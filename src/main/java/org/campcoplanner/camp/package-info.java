/**
 * Camps as stored: camp, sites, people with their availability, sessions with their seats, and
 * the working roster's assignments; import and export of the interchange format.
 */
package org.campcoplanner.camp;
