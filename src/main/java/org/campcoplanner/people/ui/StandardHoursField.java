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
        super("Standard hours", "standard hours");
        setHelperText("None means Monday to Friday 09:00–17:00. A 'to' at or before 'from' ends the next day.");
    }

    @Override
    protected Supplier<WeeklyHours> entry(WeeklyHours value, HorizontalLayout row) {
        Select<DayOfWeek> day = new Select<>();
        day.setLabel("Day");
        day.setItems(DayOfWeek.values());
        day.setItemLabelGenerator(d -> DateStyle.weekday(d, getLocale()));
        TimePicker from = new TimePicker("From");
        TimePicker to = new TimePicker("To");
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
