/**
 * A camp's sessions as planners set them up: a whole series at once, a series changed as a whole,
 * or one occurrence on its own, each checked with the plan import's rules.
 */
package org.campcoplanner.sessions;
