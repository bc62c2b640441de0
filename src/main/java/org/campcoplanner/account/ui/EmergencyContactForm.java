package org.campcoplanner.account.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.campcoplanner.base.InvalidFormException;
import org.campcoplanner.base.ui.FormProblems;
import org.campcoplanner.base.ui.Notifications;
import org.campcoplanner.people.EmergencyContacts;

import java.util.Map;

/** A person's own emergency contact, which the planners of their camp see only during their shifts. */
class EmergencyContactForm extends Composite<VerticalLayout> {

    final TextField name = new TextField(getTranslation("account.own.emergency-name"));
    final TextField phone = new TextField(getTranslation("account.own.emergency-phone"));
    final Button save = new Button(getTranslation("account.own.save-emergency"));

    EmergencyContactForm(EmergencyContacts contacts) {
        FormProblems problems = new FormProblems(Map.of("emergencyName", name, "emergencyPhone", phone), name);
        contacts.own().ifPresent(contact -> {
            name.setValue(contact.name());
            phone.setValue(contact.phone());
        });
        name.setId("emergency-name");
        phone.setId("emergency-phone");
        save.setId("save-emergency");
        name.setWidth("min(24em, 100%)");
        phone.setWidth("min(16em, 100%)");
        save.addClickListener(click -> {
            problems.clear();
            try {
                contacts.setOwn(name.getValue(), phone.getValue());
                Notifications.success(getTranslation(contacts.own().isPresent()
                        ? "account.own.emergency-saved" : "account.own.emergency-removed"));
            } catch (InvalidFormException e) {
                problems.show(e);
            }
        });
        VerticalLayout content = getContent();
        content.setPadding(false);
        content.add(new H3(getTranslation("account.own.emergency-heading")),
                new Paragraph(getTranslation("account.own.emergency-intro")), name, phone, save);
    }
}
