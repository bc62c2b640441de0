package org.campcoplanner.sessions;

import org.campcoplanner.planning.format.PersonKind;

import java.util.List;
import java.util.Set;

/** The seat lists planners use most, to start a session's seats from; pages name them in their reader's words. */
public enum SeatTemplate {

    LEAD_FIRST_AIDER_TWO_HELPERS(List.of(lead(), firstAider(), helpers(2))),
    LEAD_TWO_HELPERS(List.of(lead(), helpers(2))),
    SWIM(List.of(lead(), new SeatLine("Lifeguard", 1, List.of("LIFEGUARD"), Set.of(), 40), firstAider(), helpers(1))),
    CAMP_OUT(List.of(lead(), firstAider(), helpers(4)));

    private final List<SeatLine> seats;

    SeatTemplate(List<SeatLine> seats) {
        this.seats = seats;
    }

    public List<SeatLine> seats() {
        return seats;
    }

    private static SeatLine lead() {
        return new SeatLine("Lead", 1, List.of("VULNERABLE_SECTOR_CHECK"), Set.of(PersonKind.STAFF, PersonKind.LEADER), 30);
    }

    private static SeatLine firstAider() {
        return new SeatLine("First aider", 1, List.of("FIRST_AID"), Set.of(), 20);
    }

    private static SeatLine helpers(int count) {
        return new SeatLine("Helper", count, List.of(), Set.of(), 5);
    }
}
