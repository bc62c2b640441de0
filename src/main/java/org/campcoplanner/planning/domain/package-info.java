/**
 * The roster as Timefold plans it: people and sessions as problem facts, each seat a planning
 * entity whose variable is the person in it. Everything that does not change while solving
 * (availability per person and session, credential validity, minutes outside standard hours)
 * is computed once when the roster is built, so that score calculation only compares numbers.
 */
package org.campcoplanner.planning.domain;
