package org.campcoplanner.people.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.campcoplanner.people.PeopleFilter;
import org.campcoplanner.planning.format.PersonKind;

/** The questions planners ask of their people list: who is a leader, who needs a check, who can do evenings. */
class PeopleFilterBar extends Composite<FlexLayout> {

    final TextField name = new TextField("Name");
    final Select<PersonKind> kind = new Select<>();
    final Checkbox youthOnly = new Checkbox("Youth only");
    final Checkbox credentialMissingOrExpiring = new Checkbox("Credential missing or expiring");
    final Checkbox evenings = new Checkbox("Available evenings");
    final Checkbox weekends = new Checkbox("Available weekends");

    PeopleFilterBar(Runnable onChange) {
        name.setPlaceholder("Part of a name");
        name.setClearButtonVisible(true);
        name.setValueChangeMode(ValueChangeMode.LAZY);
        kind.setLabel("Kind");
        kind.setItems(PersonKind.values());
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption("All kinds");
        kind.setItemLabelGenerator(k -> k == null ? "All kinds" : PersonForm.kindInWords(k));
        credentialMissingOrExpiring.setTooltipText(
                "Lacks first aid or a vulnerable sector check, or holds a credential that runs out before the camp ends");
        evenings.setTooltipText("Has a weekly window after 18:00, from 17:00 on, or over midnight");
        weekends.setTooltipText("Has a weekly window on Saturday or Sunday");

        name.addValueChangeListener(e -> onChange.run());
        kind.addValueChangeListener(e -> onChange.run());
        youthOnly.addValueChangeListener(e -> onChange.run());
        credentialMissingOrExpiring.addValueChangeListener(e -> onChange.run());
        evenings.addValueChangeListener(e -> onChange.run());
        weekends.addValueChangeListener(e -> onChange.run());

        FlexLayout bar = getContent();
        bar.addClassName("people-filters");
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.add(name, kind, youthOnly, credentialMissingOrExpiring, evenings, weekends);
    }

    PeopleFilter value() {
        return new PeopleFilter(kind.getValue(), youthOnly.getValue(), credentialMissingOrExpiring.getValue(),
                evenings.getValue(), weekends.getValue(), name.getValue());
    }
}
