package org.campcoplanner.people.ui;

import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.campcoplanner.base.ui.DatePickers;
import org.campcoplanner.people.PersonDetails.Consent;
import org.campcoplanner.planning.format.ConsentMethod;

/**
 * A youth's guardian consent: the day it was given, by whom and how. All empty means none is on
 * file; anything filled in is a consent, so a missing date or name is reported rather than dropped.
 */
class GuardianConsentField extends CustomField<Consent> {

    final DatePicker given = DatePickers.date("Date given");
    final TextField by = new TextField("Given by (parent or guardian)");
    final Select<ConsentMethod> method = new Select<>();

    GuardianConsentField() {
        setLabel("Guardian's consent");
        setHelperText("Youth only. Leave everything empty while no consent has come in.");
        given.setClearButtonVisible(true);
        by.setClearButtonVisible(true);
        method.setLabel("How");
        method.setItems(ConsentMethod.values());
        method.setItemLabelGenerator(GuardianConsentField::methodInWords);
        method.setEmptySelectionAllowed(true);
        method.setEmptySelectionCaption("Not recorded");
        given.addValueChangeListener(e -> updateValue());
        by.addValueChangeListener(e -> updateValue());
        method.addValueChangeListener(e -> updateValue());
        HorizontalLayout row = new HorizontalLayout(given, by, method);
        row.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        row.setWrap(true);
        add(row);
    }

    @Override
    protected Consent generateModelValue() {
        if (given.isEmpty() && by.getValue().isBlank() && method.isEmpty()) {
            return null;
        }
        return new Consent(given.getValue(), by.getValue().isBlank() ? null : by.getValue(), method.getValue());
    }

    @Override
    protected void setPresentationValue(Consent consent) {
        given.setValue(consent == null ? null : consent.given());
        by.setValue(consent == null || consent.by() == null ? "" : consent.by());
        method.setValue(consent == null ? null : consent.method());
    }

    static String methodInWords(ConsentMethod method) {
        if (method == null) {
            return "Not recorded";
        }
        return switch (method) {
            case PAPER -> "On paper";
            case EMAIL -> "By email";
            case IN_PERSON -> "In person";
            case ONLINE -> "Online";
        };
    }
}
