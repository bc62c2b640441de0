package org.campcoplanner.people.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.campcoplanner.base.ui.DatePickers;
import org.campcoplanner.people.PersonDetails.HeldCredential;
import org.campcoplanner.base.CredentialTypes;
import org.campcoplanner.planning.Text;
import org.campcoplanner.planning.format.CredentialNames;

import java.util.List;
import java.util.function.Supplier;

/** The credentials someone holds, each with the last day it is valid on, if it expires. */
class CredentialsField extends EntriesField<HeldCredential> {

    private List<String> knownTypes = List.of();

    CredentialsField() {
        super("people.credentials", "people.credentials.add", "people.credentials.remove");
    }

    void setKnownTypes(List<String> knownTypes) {
        this.knownTypes = knownTypes;
    }

    @Override
    protected Supplier<HeldCredential> entry(HeldCredential value, HorizontalLayout row) {
        ComboBox<String> type = new ComboBox<>(getTranslation("people.credentials.type"));
        type.setItems(knownTypes);
        type.setItemLabelGenerator(this::name);
        type.setAllowCustomValue(true);
        type.addCustomValueSetListener(e -> type.setValue(CredentialTypes.of(e.getDetail())));
        DatePicker validUntil = DatePickers.date(getTranslation("people.credentials.valid-until"));
        validUntil.setPlaceholder(getTranslation("people.credentials.no-expiry"));
        validUntil.setClearButtonVisible(true);
        if (value != null) {
            type.setValue(value.type());
            validUntil.setValue(value.validUntil());
        }
        type.addValueChangeListener(e -> updateValue());
        validUntil.addValueChangeListener(e -> updateValue());
        row.add(type, validUntil);
        return () -> new HeldCredential(type.getValue(), validUntil.getValue());
    }

    private String name(String type) {
        Text name = CredentialNames.text(type);
        return getTranslation(name.key(), name.args().toArray());
    }
}
