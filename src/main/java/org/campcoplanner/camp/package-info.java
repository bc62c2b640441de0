/**
 * Camps as stored: one JPA aggregate of camp, sites, people with their availability, sessions with
 * their seats, and the working roster's assignments; import and export of the plan format, and a
 * camp's settings and sites. Its repositories are public for the features' services
 * (docs/design-decisions/0009-package-layout.md).
 */
package org.campcoplanner.camp;
