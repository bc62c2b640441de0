package org.campcoplanner.sessions.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import org.campcoplanner.base.InvalidFormException;
import org.campcoplanner.base.ui.DatePickers;
import org.campcoplanner.base.ui.FormProblems;
import org.campcoplanner.planning.DateStyle;
import org.campcoplanner.planning.format.CampPlan;
import org.campcoplanner.sessions.SeatTemplate;
import org.campcoplanner.sessions.SeriesForm;

import java.time.DayOfWeek;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The form for a series of sessions, "every Tue and Thu 18:00–21:00 from Mon 6 Jul to Fri 28 Aug at
 * Exhibition Park", with its seats from a template. It hands the filled form to its owner and
 * shows the problems the owner reports back, next to the fields they concern.
 */
class SeriesEditor extends Composite<FormLayout> {

    final TextField name = new TextField("Series name");
    final TextField title = new TextField("Session title");
    final TextField activity = new TextField("Activity");
    final Select<CampPlan.Site> site = new Select<>();
    final CheckboxGroup<DayOfWeek> days = new CheckboxGroup<>("Every");
    final TimePicker from = new TimePicker("From");
    final TimePicker to = new TimePicker("To (earlier than From: the next day)");
    final DatePicker firstDay = DatePickers.date("First day");
    final DatePicker lastDay = DatePickers.date("Last day");
    final IntegerField children = new IntegerField("Children expected");
    final TextField ageGroup = new TextField("Age group");
    final Select<SeatTemplate> seats = new Select<>();
    final SeatLinesField seatLines = new SeatLinesField();
    final Button save = new Button("Create series");
    private final FormProblems problems;

    SeriesEditor(List<CampPlan.Site> sites, Consumer<SeriesForm> onSave) {
        site.setLabel("Site");
        site.setItems(sites);
        site.setItemLabelGenerator(CampPlan.Site::name);
        days.setItems(EnumSet.allOf(DayOfWeek.class));
        days.setItemLabelGenerator(day -> DateStyle.weekdayShort(day, getLocale()));
        from.setStep(Duration.ofMinutes(30));
        to.setStep(Duration.ofMinutes(30));
        days.setHelperText("For a single session, leave these empty and give the same first and last day");
        children.setValue(0);
        children.setMin(0);
        ageGroup.setHelperText("e.g. 6-8; sets the children per adult");
        seats.setLabel("Seats");
        seats.setItems(SeatTemplate.values());
        seats.setItemLabelGenerator(SeatTemplate::label);
        seats.addValueChangeListener(chosen -> {
            if (chosen.getValue() != null) {
                seatLines.setValue(chosen.getValue().seats());
            }
        });
        seats.setValue(SeatTemplate.LEAD_FIRST_AIDER_TWO_HELPERS);
        seats.setHelperText("Start from a template, then change the lines below");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> onSave.accept(form()));
        problems = new FormProblems(Map.of("name", name, "title", title, "site", site, "days", days, "from", from,
                "to", to, "firstDay", firstDay, "lastDay", lastDay, "children", children, "seats", seats));
        getContent().add(name, title, activity, site, days, from, to, firstDay, lastDay, children, ageGroup, seats,
                seatLines, save, problems.formProblem());
        getContent().setColspan(seatLines, 2);
    }

    SeriesForm form() {
        problems.clear();
        return new SeriesForm(name.getValue(), title.getValue(), activity.getValue(),
                site.getValue() == null ? null : site.getValue().id(), days.getValue(), from.getValue(), to.getValue(),
                firstDay.getValue(), lastDay.getValue(), children.getValue() == null ? 0 : children.getValue(),
                ageGroup.getValue(), seatLines.getValue());
    }

    void show(InvalidFormException refused) {
        problems.show(refused);
    }
}
