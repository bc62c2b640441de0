package org.campcoplanner.availability.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.shared.Registration;
import org.campcoplanner.camp.WeeklyWindow;
import org.campcoplanner.planning.DateStyle;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;

/**
 * A week of half hours to paint availability on: Monday to Sunday, 06:00 to midnight, and under
 * each day an overnight band to 06:00 the next morning, so a Friday night shift is painted in
 * Friday's column. Tapping a half hour switches it; in range mode the first and last half hour
 * of a column fill (or clear) everything between. Arrow keys move, Enter or Space taps.
 */
public class WeekGrid extends Composite<Div> {

    enum TapMode {
        SWITCH, RANGE;

        /** The key of what a tap does in this mode. */
        String key() {
            return "availability.week.tap." + name().toLowerCase(Locale.ROOT);
        }
    }

    private final PaintedWeek week = new PaintedWeek();
    private final WeekCell[] cells = new WeekCell[PaintedWeek.CELLS];
    private final RadioButtonGroup<TapMode> tapMode = new RadioButtonGroup<>(getTranslation("availability.week.tapping"));
    private final Span status = new Span();
    private WeekCell rangeStart;
    private WeekCell tabStop;

    public WeekGrid() {
        Div root = getContent();
        root.addClassName("week-grid-editor");
        tapMode.setItems(TapMode.values());
        tapMode.setItemLabelGenerator(mode -> getTranslation(mode.key()));
        tapMode.setValue(TapMode.SWITCH);
        tapMode.addValueChangeListener(e -> endRange(null));
        status.addClassName("week-grid-status");
        status.getElement().setAttribute("aria-live", "polite");
        root.add(tapMode, status, grid());
        moveTabStop(cells[PaintedWeek.cell(DayOfWeek.MONDAY, LocalTime.of(9, 0))]);
    }

    public void setWindows(List<WeeklyWindow> windows) {
        week.load(windows);
        for (WeekCell cell : cells) {
            cell.setPainted(week.isPainted(cell.index()));
        }
        endRange(null);
    }

    public List<WeeklyWindow> getWindows() {
        return week.windows();
    }

    /** Windows kept exactly as loaded that the half-hour grid can only show approximately. */
    public List<WeeklyWindow> getWindowsNotOnHalfHours() {
        return week.notOnHalfHours();
    }

    public Registration addChangeListener(ComponentEventListener<ChangeEvent> listener) {
        return addListener(ChangeEvent.class, listener);
    }

    WeekCell cell(DayOfWeek column, LocalTime time) {
        return cells[PaintedWeek.cell(column, time)];
    }

    void setTapMode(TapMode mode) {
        tapMode.setValue(mode);
    }

    private Div grid() {
        Div grid = new Div();
        grid.addClassName("week-grid");
        grid.getElement().setAttribute("role", "group");
        grid.getElement().setAttribute("aria-label", getTranslation("availability.week.label"));
        grid.add(hidden(new Span(), "week-grid-corner"));
        for (DayOfWeek day : DayOfWeek.values()) {
            grid.add(hidden(new Span(DateStyle.weekdayShort(day, getLocale())), "week-grid-day"));
        }
        for (int row = 0; row < PaintedWeek.ROWS_PER_DAY; row++) {
            if (row == PaintedWeek.DAYTIME_ROWS) {
                grid.add(hidden(new Span(getTranslation("availability.week.overnight")), "week-grid-band"));
            }
            LocalTime time = PaintedWeek.time(row);
            grid.add(hidden(new Span(time.getMinute() == 0 ? DateStyle.time(time, getLocale()) : ""), "week-grid-time"));
            for (DayOfWeek day : DayOfWeek.values()) {
                grid.add(newCell(PaintedWeek.cell(day.ordinal(), row)));
            }
        }
        return grid;
    }

    private WeekCell newCell(int index) {
        WeekCell cell = new WeekCell(index);
        cells[index] = cell;
        cell.addClickListener(e -> tap(cell));
        cell.getElement().addEventListener("keydown", e -> onKey(cell, e.getEventData().getString("event.key")))
                .addEventData("event.key")
                // prevents scrolling only for the keys the grid handles, so Tab still leaves it
                .setFilter("['Enter',' ','ArrowUp','ArrowDown','ArrowLeft','ArrowRight'].includes(event.key)"
                        + " && (event.preventDefault(), true)");
        return cell;
    }

    private void onKey(WeekCell cell, String key) {
        int column = PaintedWeek.column(cell.index()).ordinal();
        int row = PaintedWeek.row(cell.index());
        switch (key) {
            case "ArrowUp" -> focus(column, Math.max(0, row - 1));
            case "ArrowDown" -> focus(column, Math.min(PaintedWeek.ROWS_PER_DAY - 1, row + 1));
            case "ArrowLeft" -> focus(Math.max(0, column - 1), row);
            case "ArrowRight" -> focus(Math.min(6, column + 1), row);
            default -> tap(cell);
        }
    }

    private void focus(int column, int row) {
        WeekCell next = cells[PaintedWeek.cell(column, row)];
        moveTabStop(next);
        next.focus();
    }

    private void tap(WeekCell cell) {
        moveTabStop(cell);
        if (tapMode.getValue() != TapMode.RANGE) {
            paint(cell.index(), cell.index(), !week.isPainted(cell.index()));
        } else if (rangeStart == null || PaintedWeek.column(rangeStart.index()) != PaintedWeek.column(cell.index())) {
            endRange(cell);
        } else {
            paint(rangeStart.index(), cell.index(), !week.isPainted(rangeStart.index()));
            endRange(null);
        }
    }

    private void paint(int fromCell, int toCell, boolean available) {
        for (int index = Math.min(fromCell, toCell); index <= Math.max(fromCell, toCell); index++) {
            week.set(index, available);
            cells[index].setPainted(available);
        }
        String first = cells[Math.min(fromCell, toCell)].label();
        String halfHours = fromCell == toCell ? first
                : getTranslation("availability.week.through", first, cells[Math.max(fromCell, toCell)].label());
        status.setText(getTranslation(available ? "availability.week.available" : "availability.week.not-available",
                halfHours));
        fireEvent(new ChangeEvent(this));
    }

    private void endRange(WeekCell newStart) {
        if (rangeStart != null) {
            rangeStart.setRangeStart(false);
        }
        rangeStart = newStart;
        if (newStart != null) {
            newStart.setRangeStart(true);
            status.setText(getTranslation("availability.week.range-starts", newStart.label()));
        }
    }

    private void moveTabStop(WeekCell cell) {
        if (tabStop != null) {
            tabStop.setTabStop(false);
        }
        tabStop = cell;
        cell.setTabStop(true);
    }

    private static Span hidden(Span span, String className) {
        span.addClassName(className);
        span.getElement().setAttribute("aria-hidden", "true");
        return span;
    }

    /** The painted half hours changed; {@link #getWindows()} has the new windows. */
    public static class ChangeEvent extends ComponentEvent<WeekGrid> {
        public ChangeEvent(WeekGrid source) {
            super(source, true);
        }
    }
}
