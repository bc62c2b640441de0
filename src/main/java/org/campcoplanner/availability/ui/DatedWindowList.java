package org.campcoplanner.availability.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;
import org.campcoplanner.availability.AvailabilityCheck;
import org.campcoplanner.base.InvalidFormException.FieldProblem;
import org.campcoplanner.base.ui.DatePickers;
import org.campcoplanner.base.ui.FormProblems;
import org.campcoplanner.camp.DatedWindow;
import org.campcoplanner.planning.DateStyle;
import org.campcoplanner.planning.Text;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Stretches of time on given dates, such as extra available evenings or a holiday: listed, added and removed. */
class DatedWindowList extends Composite<Div> {

    private final String heading;
    private final String emptyText;
    private final Div rows = new Div();
    private final DateTimePicker start;
    private final DateTimePicker end;
    private final List<DatedWindow> windows = new ArrayList<>();
    private final FormProblems problems;

    DatedWindowList(String heading, String startLabel, String endLabel, String emptyText) {
        this.heading = heading;
        this.emptyText = emptyText;
        start = picker(startLabel);
        end = picker(endLabel);
        problems = new FormProblems(Map.of("start", start, "end", end));
        Button add = new Button(getTranslation("availability.dated.add"), e -> add());
        add.setAriaLabel(getTranslation("availability.dated.add-to", heading));
        Div form = new Div(start, end, add);
        form.addClassName("dated-window-form");
        rows.addClassName("dated-window-rows");
        getContent().addClassName("dated-window-list");
        getContent().add(new H3(heading), rows, form);
        showRows();
    }

    void setWindows(List<DatedWindow> newWindows) {
        windows.clear();
        windows.addAll(newWindows);
        start.clear();
        end.clear();
        problems.clear();
        showRows();
    }

    List<DatedWindow> getWindows() {
        return List.copyOf(windows);
    }

    Registration addChangeListener(ComponentEventListener<ChangeEvent> listener) {
        return addListener(ChangeEvent.class, listener);
    }

    private void add() {
        Optional<Text> problem = AvailabilityCheck.problemWith(start.getValue(), end.getValue());
        if (problem.isPresent()) {
            problems.show(List.of(new FieldProblem(start.getValue() == null ? "start" : "end", problem.get())));
            return;
        }
        problems.clear();
        windows.add(new DatedWindow(start.getValue(), end.getValue()));
        windows.sort(Comparator.comparing(DatedWindow::start));
        start.clear();
        end.clear();
        changed();
    }

    private void remove(DatedWindow window) {
        windows.remove(window);
        changed();
    }

    private void changed() {
        showRows();
        fireEvent(new ChangeEvent(this));
    }

    private void showRows() {
        rows.removeAll();
        if (windows.isEmpty()) {
            rows.add(new Paragraph(emptyText));
        }
        for (DatedWindow window : windows) {
            String text = DateStyle.when(window.start(), window.end(), getLocale());
            Button remove = new Button(getTranslation("availability.dated.remove"), e -> remove(window));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            remove.setAriaLabel(getTranslation("availability.dated.remove-from", text, heading));
            Div row = new Div(new Span(text), remove);
            row.addClassName("dated-window-row");
            rows.add(row);
        }
    }

    private static DateTimePicker picker(String label) {
        DateTimePicker picker = DatePickers.dateTime(label);
        picker.setStep(Duration.ofMinutes(30));
        return picker;
    }

    /** A window was added or removed. */
    static class ChangeEvent extends ComponentEvent<DatedWindowList> {
        ChangeEvent(DatedWindowList source) {
            super(source, true);
        }
    }
}
