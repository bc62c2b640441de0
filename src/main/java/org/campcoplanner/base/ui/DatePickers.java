package org.campcoplanner.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.i18n.I18NProvider;
import org.campcoplanner.base.Language;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Date fields that show and read a date one way, 2026-07-06, whatever the browser's language: "12/1/2026"
 * is the 1st of December to some residents and the 12th of January to others. The calendar's weeks start
 * on Monday, like the camp's weeks, and its months, days and buttons are in the page's language.
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
        Locale language = Language.of(UI.getCurrent() == null ? Locale.ENGLISH : UI.getCurrent().getLocale()).locale();
        return new DatePicker.DatePickerI18n().setDateFormat(FORMAT).setFirstDayOfWeek(1)
                .setMonthNames(Arrays.stream(Month.values()).map(month -> month.getDisplayName(TextStyle.FULL_STANDALONE, language))
                        .toList())
                .setWeekdays(weekdays(TextStyle.FULL_STANDALONE, language))
                .setWeekdaysShort(weekdays(TextStyle.SHORT_STANDALONE, language))
                .setToday(I18NProvider.translate(language, "base.date-picker.today"))
                .setCancel(I18NProvider.translate(language, "base.date-picker.cancel"));
    }

    /** Sunday first, as the web component counts them. */
    private static List<String> weekdays(TextStyle style, Locale language) {
        return Stream.concat(Stream.of(DayOfWeek.SUNDAY), Arrays.stream(DayOfWeek.values()).limit(6))
                .map(day -> day.getDisplayName(style, language)).toList();
    }
}
