package org.campcoplanner.sessions.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.campcoplanner.base.ui.PersonKinds;
import org.campcoplanner.planning.format.PersonKind;
import org.campcoplanner.base.CredentialTypes;
import org.campcoplanner.planning.format.CredentialNames;
import org.campcoplanner.sessions.SeatLine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;

/** A session's seats, line by line ("2 Helper", "1 Lead, staff or leader, needs a police check"), editable. */
class SeatLinesField extends Composite<Div> {

    private final List<Line> lines = new ArrayList<>();
    private final Div rows = new Div();

    SeatLinesField() {
        Button add = new Button(getTranslation("sessions.seats.add"),
                click -> addLine(new SeatLine("Helper", 1, List.of(), EnumSet.noneOf(PersonKind.class), 5)));
        getContent().add(rows, add);
    }

    void setValue(List<SeatLine> seats) {
        lines.clear();
        rows.removeAll();
        seats.forEach(this::addLine);
    }

    List<SeatLine> getValue() {
        return lines.stream().map(Line::value).toList();
    }

    private void addLine(SeatLine seat) {
        Line line = new Line(seat);
        lines.add(line);
        rows.add(line.row);
    }

    private final class Line {
        final TextField role = new TextField(getTranslation("sessions.seats.role"));
        final IntegerField count = new IntegerField(getTranslation("sessions.seats.count"));
        final TextField requires = new TextField(getTranslation("sessions.seats.requires"));
        final MultiSelectComboBox<PersonKind> kinds = new MultiSelectComboBox<>(getTranslation("sessions.seats.kinds"));
        final IntegerField priority = new IntegerField(getTranslation("sessions.seats.priority"));
        final HorizontalLayout row;

        Line(SeatLine seat) {
            role.setValue(seat.role());
            count.setValue(seat.count());
            count.setMin(1);
            requires.setValue(seat.requires().stream().map(CredentialNames::text)
                    .map(name -> getTranslation(name.key(), name.args().toArray())).collect(Collectors.joining(", ")));
            requires.setHelperText(getTranslation("sessions.seats.requires-help"));
            kinds.setItems(PersonKind.values());
            kinds.setItemLabelGenerator(kind -> PersonKinds.name(kind, SeatLinesField.this));
            kinds.setValue(seat.kinds());
            kinds.setHelperText(getTranslation("sessions.seats.kinds-help"));
            priority.setValue(seat.priority());
            priority.setMin(1);
            priority.setMax(100);
            Button remove = new Button(getTranslation("sessions.seats.remove"));
            row = new HorizontalLayout(role, count, requires, kinds, priority, remove);
            remove.addClickListener(click -> {
                lines.remove(this);
                rows.remove(row);
            });
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            row.setWrap(true);
        }

        SeatLine value() {
            List<String> credentials = Arrays.stream(requires.getValue().split(","))
                    .map(String::strip).filter(text -> !text.isEmpty())
                    .map(CredentialTypes::of).toList();
            return new SeatLine(role.getValue().strip(), count.getValue() == null ? 0 : count.getValue(), credentials,
                    kinds.getValue(), priority.getValue() == null ? 0 : priority.getValue());
        }
    }
}
