package org.campcoplanner.people.ui;

import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.timepicker.TimePicker;
import org.campcoplanner.people.PersonDetails.WeeklyHours;
import org.campcoplanner.planning.DateStyle;

import java.time.DayOfWeek;
import java.util.function.Supplier;

/** A staff member's standard working hours; time outside them is overtime or time in lieu. */
class StandardHoursField extends EntriesField<WeeklyHours> {

    StandardHoursField() {
        super("people.standard-hours", "people.standard-hours.add", "people.standard-hours.remove");
        setHelperText(getTranslation("people.standard-hours.help"));
    }

    @Override
    protected Supplier<WeeklyHours> entry(WeeklyHours value, HorizontalLayout row) {
        Select<DayOfWeek> day = new Select<>();
        day.setLabel(getTranslation("people.standard-hours.day"));
        day.setItems(DayOfWeek.values());
        day.setItemLabelGenerator(d -> DateStyle.weekday(d, getLocale()));
        TimePicker from = new TimePicker(getTranslation("people.standard-hours.from"));
        TimePicker to = new TimePicker(getTranslation("people.standard-hours.to"));
        if (value != null) {
            day.setValue(value.day());
            from.setValue(value.from());
            to.setValue(value.to());
        }
        day.addValueChangeListener(e -> updateValue());
        from.addValueChangeListener(e -> updateValue());
        to.addValueChangeListener(e -> updateValue());
        row.add(day, from, to);
        return () -> new WeeklyHours(day.getValue(), from.getValue(), to.getValue());
    }
}
