package org.campcoplanner.planning;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class DateStyleTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 7, 6);
    private static final LocalDateTime TEN = MONDAY.atTime(10, 0);
    private static final ZoneId TORONTO = ZoneId.of("America/Toronto");
    private static final Instant EVENING = Instant.parse("2026-07-07T00:46:25Z");

    @Nested
    class InEnglish {

        private final Locale english = Locale.CANADA;

        @Test
        void dayPutsTheDayBeforeTheMonthWithoutDots() {
            assertThat(DateStyle.day(MONDAY, english)).isEqualTo("Mon 6 Jul");
            assertThat(DateStyle.dayInYear(MONDAY, english)).isEqualTo("Mon 6 Jul 2026");
            assertThat(DateStyle.heading(MONDAY, english)).isEqualTo("Monday 6 July");
        }

        @Test
        void dayTimeUsesTheTwentyFourHourClock() {
            assertThat(DateStyle.dayTime(MONDAY.atTime(14, 5), english)).isEqualTo("Mon 6 Jul 14:05");
            assertThat(DateStyle.time(LocalTime.of(9, 30), english)).isEqualTo("09:30");
        }

        @Test
        void timeRangeOnOneDayJoinsTheTimesWithADash() {
            assertThat(DateStyle.timeRange(TEN, MONDAY.atTime(12, 30), english)).isEqualTo("10:00–12:30");
            assertThat(DateStyle.when(TEN, MONDAY.atTime(12, 30), english)).isEqualTo("Mon 6 Jul 10:00–12:30");
        }

        @Test
        void timeRangeEndingAtMidnightStaysOnItsDay() {
            assertThat(DateStyle.timeRange(MONDAY.atTime(18, 0), MONDAY.plusDays(1).atStartOfDay(), english))
                    .isEqualTo("18:00–00:00");
        }

        @Test
        void overnightRangeSaysItEndsTheNextDay() {
            assertThat(DateStyle.when(MONDAY.atTime(22, 0), MONDAY.plusDays(1).atTime(7, 0), english))
                    .isEqualTo("Mon 6 Jul 22:00–07:00 next day");
            assertThat(DateStyle.timeRange(LocalTime.of(22, 0), LocalTime.of(7, 0), english))
                    .isEqualTo("22:00–07:00 next day");
        }

        @Test
        void rangeOverSeveralDaysNamesTheLastDay() {
            assertThat(DateStyle.when(MONDAY.atTime(9, 0), MONDAY.plusDays(4).atTime(17, 0), english))
                    .isEqualTo("Mon 6 Jul 09:00 – Fri 10 Jul 17:00");
        }

        @Test
        void daysNameBothEndsUnlessTheyAreOneDay() {
            assertThat(DateStyle.days(MONDAY, MONDAY.plusDays(6), english)).isEqualTo("Mon 6 Jul – Sun 12 Jul");
            assertThat(DateStyle.days(MONDAY, MONDAY, english)).isEqualTo("Mon 6 Jul");
            assertThat(DateStyle.daysInYear(MONDAY, MONDAY.plusDays(25), english))
                    .isEqualTo("Mon 6 Jul 2026 – Fri 31 Jul 2026");
        }

        @Test
        void weekdaysAreNamedInFullOrShort() {
            assertThat(DateStyle.weekday(DayOfWeek.FRIDAY, english)).isEqualTo("Friday");
            assertThat(DateStyle.weekdayShort(DayOfWeek.FRIDAY, english)).isEqualTo("Fri");
        }

        @Test
        void timestampIsToldInTheGivenZoneToTheMinute() {
            assertThat(DateStyle.timestamp(EVENING, TORONTO, english)).isEqualTo("Mon 6 Jul 2026, 20:46");
        }

        @Test
        void aLanguageTheAppDoesNotSpeakGetsEnglish() {
            assertThat(DateStyle.day(MONDAY, Locale.GERMANY)).isEqualTo("Mon 6 Jul");
            assertThat(DateStyle.day(MONDAY, Locale.US)).isEqualTo("Mon 6 Jul");
        }
    }

    @Nested
    class InFrench {

        private final Locale french = Locale.CANADA_FRENCH;

        @Test
        void dayUsesCanadianFrenchAbbreviations() {
            assertThat(DateStyle.day(MONDAY, french)).isEqualTo("lun. 6 juill.");
            assertThat(DateStyle.dayInYear(MONDAY, french)).isEqualTo("lun. 6 juill. 2026");
            assertThat(DateStyle.heading(MONDAY, french)).isEqualTo("lundi 6 juillet");
        }

        @Test
        void anyFrenchLocaleGetsTheCanadianStyle() {
            assertThat(DateStyle.day(MONDAY, Locale.FRENCH)).isEqualTo("lun. 6 juill.");
            assertThat(DateStyle.day(MONDAY, Locale.FRANCE)).isEqualTo("lun. 6 juill.");
        }

        @Test
        void timesUseTheTwentyFourHourClock() {
            assertThat(DateStyle.dayTime(MONDAY.atTime(14, 5), french)).isEqualTo("lun. 6 juill. 14:05");
            assertThat(DateStyle.when(TEN, MONDAY.atTime(12, 30), french)).isEqualTo("lun. 6 juill. 10:00–12:30");
        }

        @Test
        void overnightRangeSaysItEndsTheNextDay() {
            assertThat(DateStyle.timeRange(MONDAY.atTime(22, 0), MONDAY.plusDays(1).atTime(7, 0), french))
                    .isEqualTo("22:00–07:00 le lendemain");
        }

        @Test
        void rangeOverSeveralDaysNamesTheLastDay() {
            assertThat(DateStyle.when(MONDAY.atTime(9, 0), MONDAY.plusDays(4).atTime(17, 0), french))
                    .isEqualTo("lun. 6 juill. 09:00 – ven. 10 juill. 17:00");
        }

        @Test
        void weekdaysAreNamedInFullOrShort() {
            assertThat(DateStyle.weekday(DayOfWeek.FRIDAY, french)).isEqualTo("vendredi");
            assertThat(DateStyle.weekdayShort(DayOfWeek.FRIDAY, french)).isEqualTo("ven.");
        }

        @Test
        void timestampIsToldInTheGivenZoneToTheMinute() {
            assertThat(DateStyle.timestamp(EVENING, TORONTO, french)).isEqualTo("lun. 6 juill. 2026, 20:46");
        }
    }
}
