package org.campcoplanner.roster;

import java.util.List;

/** What decides whether a roster may be signed: no broken hard rule, and its empty seats acknowledged. */
public record RosterCheck(String score, List<String> hardBreaks, int emptySeats) {

    public boolean signable() {
        return hardBreaks.isEmpty();
    }
}
