package org.campcoplanner.roster;

import org.campcoplanner.planning.Text;

import java.util.List;

/**
 * What decides whether a roster may be signed: no broken hard rule, and its empty seats
 * acknowledged. The broken hard rules and the score come as words to say in the reader's
 * language ("No rule broken. 3 seats empty."); {@code score} is the solver's, for the API and exports.
 */
public record RosterCheck(String score, Text inWords, List<Text> hardBreaks, int emptySeats) {

    public boolean signable() {
        return hardBreaks.isEmpty();
    }
}
