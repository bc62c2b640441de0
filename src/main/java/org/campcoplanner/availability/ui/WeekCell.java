package org.campcoplanner.availability.ui;

import com.vaadin.flow.component.html.Div;
import org.campcoplanner.planning.DateStyle;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Locale;

/** One half hour of the week grid: a checkbox a planner taps, clicks or switches with Enter or Space. */
class WeekCell extends Div {

    private static final LocalTime EVENING = LocalTime.of(18, 0);

    private final int index;

    WeekCell(int index) {
        this.index = index;
        addClassName("week-cell");
        int row = PaintedWeek.row(index);
        if (row >= PaintedWeek.DAYTIME_ROWS) {
            addClassName("week-cell-overnight");
        } else if (!PaintedWeek.time(row).isBefore(EVENING)) {
            addClassName("week-cell-evening");
        }
        if (row % 2 == 0) {
            addClassName("week-cell-hour");
        }
        if (PaintedWeek.column(index).compareTo(DayOfWeek.SATURDAY) >= 0) {
            addClassName("week-cell-weekend");
        }
        getElement().setAttribute("role", "checkbox");
        getElement().setAttribute("aria-label", label());
        setTabStop(false);
        setPainted(false);
    }

    int index() {
        return index;
    }

    void setPainted(boolean painted) {
        setClassName("week-cell-painted", painted);
        getElement().setAttribute("aria-checked", String.valueOf(painted));
    }

    void setRangeStart(boolean rangeStart) {
        setClassName("week-cell-range-start", rangeStart);
    }

    /** Only one cell is in the tab order; arrow keys move between cells, so tabbing past the grid is one step. */
    void setTabStop(boolean tabStop) {
        getElement().setAttribute("tabindex", tabStop ? "0" : "-1");
    }

    void focus() {
        getElement().callJsFunction("focus");
    }

    /** "Friday 22:30"; in the overnight band "Saturday 00:30, overnight from Friday"; in the page's language. */
    String label() {
        Locale locale = getLocale();
        String time = DateStyle.time(PaintedWeek.time(PaintedWeek.row(index)), locale);
        String day = DateStyle.weekday(PaintedWeek.day(index), locale);
        return PaintedWeek.row(index) < PaintedWeek.DAYTIME_ROWS ? getTranslation("availability.week.half-hour", day, time)
                : getTranslation("availability.week.overnight-half-hour", day, time,
                        DateStyle.weekday(PaintedWeek.column(index), locale));
    }
}
