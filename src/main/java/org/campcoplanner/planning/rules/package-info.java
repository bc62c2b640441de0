/**
 * The 14 roster rules of DOMAIN.md section 3 as Timefold constraints, and the justification of
 * every match as a sentence a resident understands.
 */
package org.campcoplanner.planning.rules;
