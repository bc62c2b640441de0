package org.campcoplanner.credits;

import java.time.Instant;

/** Credits one of a camp's people spent, for figures and the ledger export. */
public record SpentEntry(long personId, double hours, String what, Instant recordedAt) {

    static SpentEntry of(CreditSpent spent) {
        return new SpentEntry(spent.getPersonId(), spent.getHours(), spent.getWhat(), spent.getRecordedAt());
    }
}
