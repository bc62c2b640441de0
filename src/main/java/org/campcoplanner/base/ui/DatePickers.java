package org.campcoplanner.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;

/**
 * Date fields that show and read a date one way, 2026-07-06, whatever the browser's language: "12/1/2026"
 * is the 1st of December to some residents and the 12th of January to others. The calendar's weeks start
 * on Monday, like the camp's weeks.
 */
public final class DatePickers {

    /** ISO, year first; the only typed form besides what the calendar overlay picks. */
    public static final String FORMAT = "yyyy-MM-dd";

    private DatePickers() {
    }

    public static DatePicker date(String label) {
        DatePicker picker = new DatePicker(label);
        picker.setI18n(i18n());
        return picker;
    }

    public static DateTimePicker dateTime(String label) {
        DateTimePicker picker = new DateTimePicker(label);
        picker.setDatePickerI18n(i18n());
        return picker;
    }

    private static DatePicker.DatePickerI18n i18n() {
        return new DatePicker.DatePickerI18n().setDateFormat(FORMAT).setFirstDayOfWeek(1);
    }
}
