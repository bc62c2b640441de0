package org.campcoplanner.people.ui;

import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.campcoplanner.base.ui.DatePickers;
import org.campcoplanner.people.PersonDetails.Consent;
import org.campcoplanner.planning.format.ConsentMethod;

import java.util.Locale;

/**
 * A youth's guardian consent: the day it was given, by whom and how. All empty means none is on
 * file; anything filled in is a consent, so a missing date or name is reported rather than dropped.
 */
class GuardianConsentField extends CustomField<Consent> {

    final DatePicker given = DatePickers.date(getTranslation("people.consent.given"));
    final TextField by = new TextField(getTranslation("people.consent.by"));
    final Select<ConsentMethod> method = new Select<>();

    GuardianConsentField() {
        setLabel(getTranslation("people.consent.label"));
        setHelperText(getTranslation("people.consent.help"));
        given.setClearButtonVisible(true);
        by.setClearButtonVisible(true);
        method.setLabel(getTranslation("people.consent.method"));
        method.setItems(ConsentMethod.values());
        method.setItemLabelGenerator(this::methodInWords);
        method.setEmptySelectionAllowed(true);
        method.setEmptySelectionCaption(methodInWords(null));
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

    /** "On paper", "In person"; "Not recorded" for none. */
    String methodInWords(ConsentMethod method) {
        return getTranslation("people.consent.method."
                + (method == null ? "none" : method.name().toLowerCase(Locale.ROOT).replace('_', '-')));
    }
}
