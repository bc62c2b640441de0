package org.campcoplanner.planning.domain;

import java.util.Comparator;

/** Harder seats are filled first: higher priority, then fewer people who could take them. */
public class SeatDifficulty implements Comparator<SeatAssignment> {

    private static final Comparator<SeatAssignment> ORDER = Comparator
            .comparingInt(SeatAssignment::getPriority)
            .thenComparing(Comparator.comparingInt((SeatAssignment seat) -> seat.getEligiblePeople().size()).reversed())
            .thenComparing(SeatAssignment::getId);

    @Override
    public int compare(SeatAssignment a, SeatAssignment b) {
        return ORDER.compare(a, b);
    }
}
