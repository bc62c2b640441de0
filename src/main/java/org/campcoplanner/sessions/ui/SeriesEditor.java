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
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The form for a series of sessions, "every Tue and Thu 18:00–21:00 from Mon 6 Jul to Fri 28 Aug at
 * Exhibition Park", with its seats from a template. It hands the filled form to its owner and
 * shows the problems the owner reports back, next to the fields they concern.
 */
class SeriesEditor extends Composite<FormLayout> {

    final TextField name = new TextField(getTranslation("sessions.series.name"));
    final TextField title = new TextField(getTranslation("sessions.series.title"));
    final TextField activity = new TextField(getTranslation("sessions.series.activity"));
    final Select<CampPlan.Site> site = new Select<>();
    final CheckboxGroup<DayOfWeek> days = new CheckboxGroup<>(getTranslation("sessions.series.days"));
    final TimePicker from = new TimePicker(getTranslation("sessions.series.from"));
    final TimePicker to = new TimePicker(getTranslation("sessions.series.to"));
    final DatePicker firstDay = DatePickers.date(getTranslation("sessions.series.first-day"));
    final DatePicker lastDay = DatePickers.date(getTranslation("sessions.series.last-day"));
    final IntegerField children = new IntegerField(getTranslation("sessions.series.children"));
    final TextField ageGroup = new TextField(getTranslation("sessions.series.age-group"));
    final Select<SeatTemplate> seats = new Select<>();
    final SeatLinesField seatLines = new SeatLinesField();
    final Button save = new Button(getTranslation("sessions.series.create"));
    private final FormProblems problems;

    SeriesEditor(List<CampPlan.Site> sites, Consumer<SeriesForm> onSave) {
        site.setLabel(getTranslation("sessions.series.site"));
        site.setItems(sites);
        site.setItemLabelGenerator(CampPlan.Site::name);
        days.setItems(EnumSet.allOf(DayOfWeek.class));
        days.setItemLabelGenerator(day -> DateStyle.weekdayShort(day, getLocale()));
        from.setStep(Duration.ofMinutes(30));
        to.setStep(Duration.ofMinutes(30));
        days.setHelperText(getTranslation("sessions.series.days-help"));
        children.setValue(0);
        children.setMin(0);
        ageGroup.setHelperText(getTranslation("sessions.series.age-group-help"));
        seats.setLabel(getTranslation("sessions.series.seats"));
        seats.setItems(SeatTemplate.values());
        seats.setItemLabelGenerator(template -> getTranslation("sessions.template."
                + template.name().toLowerCase(Locale.ROOT).replace('_', '-')));
        seats.addValueChangeListener(chosen -> {
            if (chosen.getValue() != null) {
                seatLines.setValue(chosen.getValue().seats());
            }
        });
        seats.setValue(SeatTemplate.LEAD_FIRST_AIDER_TWO_HELPERS);
        seats.setHelperText(getTranslation("sessions.series.seats-help"));
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
