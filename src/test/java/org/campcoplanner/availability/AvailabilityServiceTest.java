package org.campcoplanner.availability;

import org.campcoplanner.PostgresTest;
import org.campcoplanner.camp.CampPlanService;
import org.campcoplanner.camp.DatedWindow;
import org.campcoplanner.camp.WeeklyWindow;
import org.campcoplanner.planning.format.TestPlans;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

@PostgresTest
@WithMockUser(roles = "ADMIN")
class AvailabilityServiceTest {

    private static final WeeklyWindow FRIDAY_NIGHT = new WeeklyWindow(DayOfWeek.FRIDAY, LocalTime.of(20, 0),
            LocalTime.of(2, 0));
    private static final DatedWindow SATURDAY = new DatedWindow(LocalDateTime.of(2026, 7, 11, 9, 0),
            LocalDateTime.of(2026, 7, 11, 17, 0));
    private static final DatedWindow DENTIST = new DatedWindow(LocalDateTime.of(2026, 7, 7, 8, 0),
            LocalDateTime.of(2026, 7, 7, 11, 0));

    @Autowired
    CampPlanService campPlans;
    @Autowired
    AvailabilityService availability;

    private long personId;

    @BeforeEach
    void importACamp() {
        long campId = campPlans.importPlan(TestPlans.read(TestPlans.SMALL_CAMP));
        personId = availability.personId(campId, "p13");
    }

    @Test
    void savedWindowsComeBackAsSavedWithANewVersion() {
        PersonAvailability before = availability.load(personId);

        PersonAvailability saved = availability.save(before.withWindows(List.of(FRIDAY_NIGHT), List.of(SATURDAY),
                List.of(DENTIST)));

        PersonAvailability reloaded = availability.load(personId);
        assertThat(reloaded.personName()).isEqualTo("Victor Santos");
        assertThat(reloaded.timeZone().getId()).isEqualTo("America/Toronto");
        assertThat(reloaded.weekly()).containsExactly(FRIDAY_NIGHT);
        assertThat(reloaded.weekly().get(0).endsNextDay()).isTrue();
        assertThat(reloaded.dated()).containsExactly(SATURDAY);
        assertThat(reloaded.unavailable()).containsExactly(DENTIST);
        assertThat(reloaded.version()).isEqualTo(saved.version()).isGreaterThan(before.version());
    }

    @Test
    void aSaveBasedOnAStaleVersionIsRefusedAndChangesNothing() {
        PersonAvailability seenByFirst = availability.load(personId);
        PersonAvailability seenBySecond = availability.load(personId);
        availability.save(seenByFirst.withWindows(List.of(FRIDAY_NIGHT), List.of(), List.of()));

        assertThatThrownBy(() -> availability.save(seenBySecond.withWindows(List.of(), List.of(SATURDAY), List.of())))
                .isInstanceOf(AvailabilityChangedMeanwhileException.class)
                .hasMessageContaining("Someone else changed Victor Santos's availability");

        PersonAvailability stored = availability.load(personId);
        assertThat(stored.weekly()).containsExactly(FRIDAY_NIGHT);
        assertThat(stored.dated()).isEmpty();
    }

    @Test
    void aWindowEndingBeforeItStartsOrTooLongIsRefusedNamingTheField() {
        PersonAvailability before = availability.load(personId);
        DatedWindow backwards = new DatedWindow(LocalDateTime.of(2026, 7, 10, 20, 0), LocalDateTime.of(2026, 7, 10, 18, 0));
        DatedWindow tooLong = new DatedWindow(LocalDateTime.of(2026, 7, 1, 0, 0), LocalDateTime.of(2026, 9, 1, 0, 0));

        assertThatThrownBy(() -> availability.save(before.withWindows(List.of(), List.of(SATURDAY, backwards),
                List.of(tooLong))))
                .isInstanceOf(InvalidAvailabilityException.class)
                .hasMessageContaining("Extra available time 2 (Fri 10 Jul 20:00 to Fri 10 Jul 18:00): It must end after it starts")
                .hasMessageContaining("Unavailable time 1 (Wed 1 Jul 00:00 to Tue 1 Sep 00:00): It can be at most 60 days long");

        assertThat(availability.load(personId)).isEqualTo(before);
    }

    @Test
    void thePreviewOffersSessionsTheEditedWindowsWhollyCoverMinusTimesAway() {
        PersonAvailability before = availability.load(personId);
        WeeklyWindow tuesdayMorning = new WeeklyWindow(DayOfWeek.TUESDAY, LocalTime.of(8, 30), LocalTime.of(12, 30));
        WeeklyWindow tuesdayAfternoonTooShort = new WeeklyWindow(DayOfWeek.TUESDAY, LocalTime.of(13, 0), LocalTime.of(15, 0));

        List<PossibleSession> possible = availability.preview(before.withWindows(
                List.of(tuesdayMorning, tuesdayAfternoonTooShort), List.of(SATURDAY), List.of(DENTIST)));

        assertThat(possible).extracting(PossibleSession::title, PossibleSession::siteName)
                .containsExactly(tuple("Saturday field trip", "Brant Community Centre"));
    }
}
