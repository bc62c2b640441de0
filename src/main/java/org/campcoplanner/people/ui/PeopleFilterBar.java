package org.campcoplanner.people.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.campcoplanner.base.ui.PersonKinds;
import org.campcoplanner.people.PeopleFilter;
import org.campcoplanner.planning.format.PersonKind;

/** The questions planners ask of their people list: who is a leader, who needs a check, who can do evenings. */
class PeopleFilterBar extends Composite<FlexLayout> {

    final TextField name = new TextField(getTranslation("people.filter.name"));
    final Select<PersonKind> kind = new Select<>();
    final Checkbox youthOnly = new Checkbox(getTranslation("people.filter.youth"));
    final Checkbox credentialMissingOrExpiring = new Checkbox(getTranslation("people.filter.credential"));
    final Checkbox consentMissing = new Checkbox(getTranslation("people.filter.consent"));
    final Checkbox evenings = new Checkbox(getTranslation("people.filter.evenings"));
    final Checkbox weekends = new Checkbox(getTranslation("people.filter.weekends"));

    PeopleFilterBar(Runnable onChange) {
        name.setPlaceholder(getTranslation("people.filter.name-placeholder"));
        name.setClearButtonVisible(true);
        name.setValueChangeMode(ValueChangeMode.LAZY);
        kind.setLabel(getTranslation("people.filter.kind"));
        kind.setItems(PersonKind.values());
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("people.filter.all-kinds"));
        kind.setItemLabelGenerator(k -> k == null ? getTranslation("people.filter.all-kinds") : PersonKinds.name(k, this));
        credentialMissingOrExpiring.setTooltipText(getTranslation("people.filter.credential-help"));
        consentMissing.setTooltipText(getTranslation("people.filter.consent-help"));
        evenings.setTooltipText(getTranslation("people.filter.evenings-help"));
        weekends.setTooltipText(getTranslation("people.filter.weekends-help"));

        name.addValueChangeListener(e -> onChange.run());
        kind.addValueChangeListener(e -> onChange.run());
        youthOnly.addValueChangeListener(e -> onChange.run());
        credentialMissingOrExpiring.addValueChangeListener(e -> onChange.run());
        consentMissing.addValueChangeListener(e -> onChange.run());
        evenings.addValueChangeListener(e -> onChange.run());
        weekends.addValueChangeListener(e -> onChange.run());

        FlexLayout bar = getContent();
        bar.addClassName("people-filters");
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.add(name, kind, youthOnly, credentialMissingOrExpiring, consentMissing, evenings, weekends);
    }

    PeopleFilter value() {
        return new PeopleFilter(kind.getValue(), youthOnly.getValue(), credentialMissingOrExpiring.getValue(),
                consentMissing.getValue(), evenings.getValue(), weekends.getValue(), name.getValue());
    }
}
