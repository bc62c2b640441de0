/**
 * Measuring what matters (DOMAIN.md section 5): a camp's impact figures for a period (hours residents
 * and staff gave, who took part and who came back, sessions delivered together, youth hours, credits,
 * coverage, reflections), the charts drawn from them, and the CSV exports staff take to their systems.
 */
package org.campcoplanner.impact;
