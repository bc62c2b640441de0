package org.campcoplanner.sessions.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.campcoplanner.base.InvalidFormException;
import org.campcoplanner.base.ui.DatePickers;
import org.campcoplanner.sessions.SessionForm;

import java.time.Duration;
import java.util.function.Consumer;

/** Changes one occurrence of a series, such as moving one Thursday to the park's other field. */
class OccurrenceEditor extends Dialog {

    final TextField title = new TextField(getTranslation("sessions.occurrence.title"));
    final DateTimePicker start = DatePickers.dateTime(getTranslation("sessions.occurrence.start"));
    final DateTimePicker end = DatePickers.dateTime(getTranslation("sessions.occurrence.end"));
    final IntegerField children = new IntegerField(getTranslation("sessions.occurrence.children"));
    final SeatLinesField seats = new SeatLinesField();
    final Button save = new Button(getTranslation("sessions.occurrence.save"));
    private final Span problem = new Span();

    OccurrenceEditor(SessionForm session, Consumer<SessionForm> onSave) {
        setHeaderTitle(getTranslation("sessions.occurrence.heading", session.title(), session.start().toLocalDate()));
        title.setValue(session.title());
        start.setValue(session.start());
        end.setValue(session.end());
        start.setStep(Duration.ofMinutes(30));
        end.setStep(Duration.ofMinutes(30));
        children.setValue(session.children());
        children.setMin(0);
        seats.setValue(session.seats());
        problem.addClassName("camp-import-problems");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> onSave.accept(new SessionForm(session.sessionId(), title.getValue(),
                session.activity(), session.siteId(), start.getValue(), end.getValue(),
                children.getValue() == null ? 0 : children.getValue(), session.ageGroup(), seats.getValue(),
                session.version())));
        add(new FormLayout(title, start, end, children), seats, problem);
        getFooter().add(new Button(getTranslation("sessions.occurrence.cancel"), click -> close()), save);
    }

    void show(InvalidFormException refused) {
        problem.setText(String.join("; ", refused.problems().stream()
                .map(p -> getTranslation("sessions.occurrence.problem",
                        p.field().equals("from") ? start.getLabel() : p.field().equals("to") ? end.getLabel() : p.field(),
                        p.reason()))
                .toList()));
    }
}
