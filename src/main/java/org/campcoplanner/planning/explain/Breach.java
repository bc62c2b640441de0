package org.campcoplanner.planning.explain;

import java.util.List;

/**
 * One match of a rule: what it says, what it costs, and whom and what it involves (by the
 * plan's ids; seats as {@code session/role/index}).
 */
public record Breach(String rule, String sentence, String impact, List<String> people, List<String> sessions,
                     List<String> seats) {
}
