/**
 * Reflections after a session (DOMAIN.md section 5): how it went and an optional story of change,
 * written by the people who were on it, read only by the camp's planners unless the author lets it
 * be quoted without their name (a youth's quote only once a planner has reviewed it).
 */
package org.campcoplanner.reflections;
