package org.campcoplanner.signoff;

import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A diff says when it only corrects the record of shifts that have already taken place. */
class RosterDiffTest {

    private static final LocalDateTime MONDAY_NOON = LocalDateTime.of(2026, 7, 6, 12, 0);

    @Test
    void changesToShiftsThatStartedBeforeNowOnlyTouchThePast() {
        RosterDiff diff = new RosterDiff(1, 2, List.of(change(MONDAY_NOON.minusDays(2)), change(MONDAY_NOON.minusHours(1))),
                MONDAY_NOON);

        assertThat(diff.onlyPastShifts()).isTrue();
    }

    @Test
    void oneComingShiftMeansPeopleAreAffected() {
        RosterDiff diff = new RosterDiff(1, 2, List.of(change(MONDAY_NOON.minusDays(2)), change(MONDAY_NOON.plusHours(1))),
                MONDAY_NOON);

        assertThat(diff.onlyPastShifts()).isFalse();
    }

    @Test
    void noChangesOrNoMomentSayNothingAboutThePast() {
        assertThat(new RosterDiff(1, 2, List.of(), MONDAY_NOON).onlyPastShifts()).isFalse();
        assertThat(new RosterDiff(1, 2, List.of(change(MONDAY_NOON.minusDays(2))), null).onlyPastShifts()).isFalse();
    }

    private static SeatChange change(LocalDateTime start) {
        return new SeatChange("s1", "Swim", "Pool", start, start.plusHours(2), "Lead", 1, "p1", "Ana", "p2", "Ben");
    }
}
