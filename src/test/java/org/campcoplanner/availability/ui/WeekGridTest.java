package org.campcoplanner.availability.ui;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentUtil;
import org.campcoplanner.H2Test;
import org.campcoplanner.KaribuTest;
import org.campcoplanner.camp.WeeklyWindow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;

/** Painting the week grid; its words come from the app's message files, so it runs in the app. */
@H2Test
class WeekGridTest extends KaribuTest {

    private WeekGrid grid;

    @BeforeEach
    void newGrid() {
        grid = new WeekGrid();
    }

    @Test
    void consecutivePaintedHalfHoursOfADayMakeOneWindow() {
        tap(MONDAY, 9, 0);
        tap(MONDAY, 9, 30);
        tap(MONDAY, 10, 0);
        tap(TUESDAY, 18, 0);

        assertThat(grid.getWindows()).containsExactly(window(MONDAY, 9, 0, 10, 30), window(TUESDAY, 18, 0, 18, 30));
    }

    @Test
    void tappingAPaintedHalfHourAgainClearsIt() {
        tap(MONDAY, 9, 0);
        tap(MONDAY, 9, 30);
        tap(MONDAY, 9, 0);

        assertThat(grid.getWindows()).containsExactly(window(MONDAY, 9, 30, 10, 0));
    }

    @Test
    void aRangeRunningIntoTheOvernightBandEndsTheNextDay() {
        grid.setTapMode(WeekGrid.TapMode.RANGE);

        tap(FRIDAY, 20, 0);
        tap(FRIDAY, 1, 30);

        assertThat(grid.getWindows()).containsExactly(window(FRIDAY, 20, 0, 2, 0));
        assertThat(grid.getWindows().get(0).endsNextDay()).isTrue();
    }

    @Test
    void aRangeStartingOnAPaintedHalfHourClearsIt() {
        grid.setWindows(List.of(window(SATURDAY, 9, 0, 17, 0)));
        grid.setTapMode(WeekGrid.TapMode.RANGE);

        tap(SATURDAY, 12, 0);
        tap(SATURDAY, 16, 30);

        assertThat(grid.getWindows()).containsExactly(window(SATURDAY, 9, 0, 12, 0));
    }

    @Test
    void halfHoursOnlyInTheOvernightBandBelongToTheNextMorning() {
        tap(FRIDAY, 1, 0);
        tap(SUNDAY, 5, 30);

        assertThat(grid.getWindows()).containsExactly(window(SATURDAY, 1, 0, 1, 30), window(MONDAY, 5, 30, 6, 0));
    }

    @Test
    void anOvernightWindowIsPaintedInTheColumnOfTheDayItStarts() {
        grid.setWindows(List.of(window(FRIDAY, 18, 0, 2, 0)));

        assertThat(painted(FRIDAY, 17, 30)).isFalse();
        assertThat(painted(FRIDAY, 18, 0)).isTrue();
        assertThat(painted(FRIDAY, 23, 30)).isTrue();
        assertThat(painted(FRIDAY, 1, 30)).isTrue();
        assertThat(painted(FRIDAY, 2, 0)).isFalse();
        assertThat(painted(SATURDAY, 1, 30)).isFalse();
        assertThat(grid.cell(FRIDAY, LocalTime.of(1, 30)).getElement().getAttribute("aria-label"))
                .isEqualTo("Saturday 01:30, overnight from Friday");
        assertThat(grid.cell(FRIDAY, LocalTime.of(22, 30)).getElement().getAttribute("aria-label"))
                .isEqualTo("Friday 22:30");
    }

    @Test
    void windowsComeBackAsTheyWentIn() {
        List<WeeklyWindow> windows = List.of(window(MONDAY, 8, 30, 17, 0), window(FRIDAY, 20, 0, 2, 0),
                window(THURSDAY, 1, 0, 4, 0), window(SUNDAY, 22, 0, 1, 0), window(TUESDAY, 6, 0, 6, 0));

        grid.setWindows(windows);

        assertThat(grid.getWindows()).containsExactlyInAnyOrderElementsOf(windows);
    }

    @Test
    void aWindowEndingAfterSixNextMorningIsKeptAsLoadedWhileUntouched() {
        WeeklyWindow fridayNightToSaturdayMorning = window(FRIDAY, 18, 0, 10, 0);
        grid.setWindows(List.of(fridayNightToSaturdayMorning));

        assertThat(painted(SATURDAY, 9, 30)).isTrue();
        assertThat(grid.getWindows()).containsExactly(fridayNightToSaturdayMorning);

        tap(SATURDAY, 9, 30);

        assertThat(grid.getWindows()).containsExactly(window(FRIDAY, 18, 0, 6, 0), window(SATURDAY, 6, 0, 9, 30));
    }

    @Test
    void aWindowBetweenHalfHoursIsKeptAsLoadedAndNamed() {
        WeeklyWindow quarterPast = new WeeklyWindow(MONDAY, LocalTime.of(8, 15), LocalTime.of(17, 0));
        grid.setWindows(List.of(quarterPast));

        assertThat(painted(MONDAY, 8, 0)).isFalse();
        assertThat(painted(MONDAY, 8, 30)).isTrue();
        assertThat(grid.getWindows()).containsExactly(quarterPast);
        assertThat(grid.getWindowsNotOnHalfHours()).containsExactly(quarterPast);
    }

    private void tap(DayOfWeek column, int hour, int minute) {
        WeekCell cell = grid.cell(column, LocalTime.of(hour, minute));
        ComponentUtil.fireEvent(cell, new ClickEvent<>(cell));
    }

    private boolean painted(DayOfWeek column, int hour, int minute) {
        return grid.cell(column, LocalTime.of(hour, minute)).hasClassName("week-cell-painted");
    }

    private static WeeklyWindow window(DayOfWeek day, int fromHour, int fromMinute, int toHour, int toMinute) {
        return new WeeklyWindow(day, LocalTime.of(fromHour, fromMinute), LocalTime.of(toHour, toMinute));
    }
}
