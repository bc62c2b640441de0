package org.campcoplanner.planning.explain;

import org.campcoplanner.planning.Text;

import java.util.List;

/**
 * One match of a rule: which rule (its constraint name, {@code RuleNames}), what it says (a
 * {@link Text} to say in the reader's language), what it costs, and whom and what it involves (by
 * the plan's ids; seats as {@code session/role/index}).
 */
public record Breach(String rule, Text sentence, String impact, List<String> people, List<String> sessions,
                     List<String> seats) {
}
