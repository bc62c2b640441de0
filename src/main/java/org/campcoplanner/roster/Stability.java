package org.campcoplanner.roster;

/**
 * What a solve of a published camp does with the published roster (rule 14): keep it as far as
 * possible, so every seat that moves costs, or start fresh, with the rule off for that one solve.
 * A camp with nothing published has nothing to keep either way.
 */
public enum Stability {
    KEEP_PUBLISHED,
    START_FRESH
}
