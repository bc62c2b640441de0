package org.campcoplanner.availability.ui;

import org.campcoplanner.camp.WeeklyWindow;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The half hours of a week a person is available, laid out as the week grid shows them: each
 * day's column runs from 06:00 to 06:00 the next morning, so the night after a day belongs to
 * that day. Together the seven columns hold every half hour of the week exactly once.
 *
 * <p>A loaded window that one column cannot hold (it runs past 06:00 the next morning) or that is
 * not on half-hour steps is kept as it was while all of its half hours stay painted, so opening
 * and saving never changes availability nobody touched.
 */
final class PaintedWeek {

    static final int ROWS_PER_DAY = 48;
    /** Rows from 06:00 to midnight; the rows after them are the overnight band. */
    static final int DAYTIME_ROWS = 36;
    static final LocalTime COLUMN_STARTS = LocalTime.of(6, 0);

    private static final int STEP_MINUTES = 30;
    private static final int DAY_MINUTES = 24 * 60;
    private static final int WEEK_MINUTES = 7 * DAY_MINUTES;
    private static final int COLUMN_START_MINUTES = COLUMN_STARTS.toSecondOfDay() / 60;
    static final int CELLS = 7 * ROWS_PER_DAY;

    private final BitSet painted = new BitSet(CELLS);
    private List<WeeklyWindow> keptAsLoaded = List.of();

    void load(List<WeeklyWindow> windows) {
        painted.clear();
        windows.forEach(window -> painted.or(halfHoursOf(window)));
        keptAsLoaded = windows.stream().filter(w -> !fitsOneColumn(w)).toList();
    }

    /** The painted half hours as weekly windows: one per run of painted cells in a column. */
    List<WeeklyWindow> windows() {
        BitSet left = (BitSet) painted.clone();
        List<WeeklyWindow> windows = new ArrayList<>();
        for (WeeklyWindow window : keptAsLoaded) {
            BitSet halfHours = halfHoursOf(window);
            if (isPainted(halfHours)) {
                windows.add(window);
                left.andNot(halfHours);
            }
        }
        for (int column = 0; column < 7; column++) {
            int row = 0;
            while (row < ROWS_PER_DAY) {
                if (!left.get(cell(column, row))) {
                    row++;
                    continue;
                }
                int first = row;
                while (row < ROWS_PER_DAY && left.get(cell(column, row))) {
                    row++;
                }
                windows.add(window(column, first, row));
            }
        }
        return windows;
    }

    /** Loaded windows kept as they were that the grid cannot show exactly, because they are not on half-hour steps. */
    List<WeeklyWindow> notOnHalfHours() {
        return keptAsLoaded.stream().filter(w -> isPainted(halfHoursOf(w)))
                .filter(w -> !onHalfHour(w.from()) || !onHalfHour(w.to())).toList();
    }

    boolean isPainted(int cell) {
        return painted.get(cell);
    }

    void set(int cell, boolean available) {
        painted.set(cell, available);
    }

    static int cell(int column, int row) {
        return column * ROWS_PER_DAY + row;
    }

    static int cell(DayOfWeek column, LocalTime time) {
        int minutes = Math.floorMod(time.toSecondOfDay() / 60 - COLUMN_START_MINUTES, DAY_MINUTES);
        return cell(column.ordinal(), minutes / STEP_MINUTES);
    }

    static DayOfWeek column(int cell) {
        return DayOfWeek.of(cell / ROWS_PER_DAY + 1);
    }

    static int row(int cell) {
        return cell % ROWS_PER_DAY;
    }

    /** The wall-clock time a row starts at. */
    static LocalTime time(int row) {
        return COLUMN_STARTS.plusMinutes((long) row * STEP_MINUTES);
    }

    /** The day a cell's half hour falls on: its column's day, or the next day in the overnight band. */
    static DayOfWeek day(int cell) {
        return row(cell) < DAYTIME_ROWS ? column(cell) : column(cell).plus(1);
    }

    private static WeeklyWindow window(int column, int firstRow, int endRow) {
        DayOfWeek day = day(cell(column, firstRow));
        return new WeeklyWindow(day, time(firstRow), time(endRow % ROWS_PER_DAY));
    }

    private boolean isPainted(BitSet halfHours) {
        BitSet missing = (BitSet) halfHours.clone();
        missing.andNot(painted);
        return missing.isEmpty();
    }

    /** The half hours the window covers completely; {@code to <= from} ends the next day, {@code from == to} lasts 24 hours. */
    private static BitSet halfHoursOf(WeeklyWindow window) {
        int start = window.day().ordinal() * DAY_MINUTES + minutes(window.from());
        int length = Math.floorMod(minutes(window.to()) - minutes(window.from()), DAY_MINUTES);
        int end = start + (length == 0 ? DAY_MINUTES : length);
        BitSet cells = new BitSet(CELLS);
        int first = Math.floorDiv(start + STEP_MINUTES - 1, STEP_MINUTES) * STEP_MINUTES;
        for (int minute = first; minute + STEP_MINUTES <= end; minute += STEP_MINUTES) {
            cells.set(Math.floorMod(minute - COLUMN_START_MINUTES, WEEK_MINUTES) / STEP_MINUTES);
        }
        return cells;
    }

    private static boolean fitsOneColumn(WeeklyWindow window) {
        if (!onHalfHour(window.from()) || !onHalfHour(window.to())) {
            return false;
        }
        // a window starting before 06:00 sits in the previous day's overnight band: the same row either way
        int fromRow = row(cell(window.day(), window.from()));
        int length = Math.floorMod(minutes(window.to()) - minutes(window.from()), DAY_MINUTES);
        int rows = (length == 0 ? DAY_MINUTES : length) / STEP_MINUTES;
        return fromRow + rows <= ROWS_PER_DAY;
    }

    private static boolean onHalfHour(LocalTime time) {
        return time.getSecond() == 0 && time.getNano() == 0 && time.getMinute() % STEP_MINUTES == 0;
    }

    private static int minutes(LocalTime time) {
        return time.toSecondOfDay() / 60;
    }
}
