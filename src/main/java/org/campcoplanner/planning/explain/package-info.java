/**
 * Scores explained in residents' words: per-rule totals with a sentence for every match, by
 * person and by session, and ranked candidates for a seat with the reason others cannot take it.
 */
package org.campcoplanner.planning.explain;
