package org.campcoplanner.people.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import org.campcoplanner.base.InvalidFormException;
import org.campcoplanner.base.Language;
import org.campcoplanner.base.ui.FormProblems;
import org.campcoplanner.base.ui.PersonKinds;
import org.campcoplanner.people.PeopleSuggestions;
import org.campcoplanner.people.PersonDetails;
import org.campcoplanner.planning.format.PersonKind;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Everything about one person that planners edit. It does not save anything itself: it fires a
 * {@link SaveEvent} with the person as opened and as edited, or a {@link CloseEvent}.
 */
class PersonForm extends Composite<VerticalLayout> {

    final H3 heading = new H3();
    final TextField name = new TextField(getTranslation("people.form.name"));
    final Select<PersonKind> kind = new Select<>();
    final Checkbox youth = new Checkbox(getTranslation("people.form.youth"));
    final Checkbox experienced = new Checkbox(getTranslation("people.form.experienced"));
    final EmailField email = new EmailField(getTranslation("people.form.email"));
    final TextField phone = new TextField(getTranslation("people.form.phone"));
    final CredentialsField credentials = new CredentialsField();
    final TagsField skills = new TagsField(getTranslation("people.form.skills"));
    final TagsField languages = new TagsField(getTranslation("people.form.languages"));
    final Select<String> preferredLanguage = new Select<>();
    final GuardianConsentField guardianConsent = new GuardianConsentField();
    final NumberField maxHoursPerDay = hours("people.form.max-hours-per-day");
    final NumberField maxHoursPerWeek = hours("people.form.max-hours-per-week");
    final NumberField minRestHours = hours("people.form.min-rest-hours");
    final NumberField pledgedHoursPerWeek = hours("people.form.pledged-hours-per-week");
    final TagsField likes = new TagsField(getTranslation("people.form.likes"));
    final TagsField dislikes = new TagsField(getTranslation("people.form.dislikes"));
    final StandardHoursField standardHours = new StandardHoursField();
    final NumberField maxHoursOutsideStandardPerWeek = hours("people.form.max-hours-outside-standard");
    final Button save = new Button(getTranslation("people.form.save"));
    final Button cancel = new Button(getTranslation("people.form.cancel"));

    /** The languages the app speaks, offered first: English, Français. */
    private static final List<String> OFFERED_LANGUAGES = Arrays.stream(Language.values()).map(Language::tag).toList();

    private final Map<String, HasValidation> fieldsByProperty = new LinkedHashMap<>();
    private final FormProblems problems = new FormProblems(fieldsByProperty);
    private PersonDetails asLoaded;

    PersonForm() {
        VerticalLayout content = getContent();
        content.addClassName("people-form");
        content.setPadding(false);
        kind.setLabel(getTranslation("people.form.kind"));
        kind.setItems(PersonKind.values());
        kind.setItemLabelGenerator(k -> PersonKinds.name(k, this));
        kind.addValueChangeListener(e -> showStaffFields(e.getValue() == PersonKind.STAFF));
        youth.addValueChangeListener(e -> guardianConsent.setVisible(e.getValue()));
        preferredLanguage.setLabel(getTranslation("people.form.preferred-language"));
        preferredLanguage.setHelperText(getTranslation("people.form.preferred-language-help"));
        preferredLanguage.setItemLabelGenerator(PersonForm::languageInWords);
        preferredLanguage.setEmptySelectionAllowed(true);
        preferredLanguage.setEmptySelectionCaption(getTranslation("people.form.no-preferred-language"));
        FormLayout fields = new FormLayout(name, kind, youth, experienced, guardianConsent, email, phone, credentials,
                skills, languages, preferredLanguage, maxHoursPerDay, maxHoursPerWeek, minRestHours, pledgedHoursPerWeek,
                likes, dislikes, standardHours, maxHoursOutsideStandardPerWeek);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        fields.setColspan(guardianConsent, 2);
        fields.setColspan(credentials, 2);
        fields.setColspan(standardHours, 2);

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> fireEvent(new SaveEvent(this, asLoaded, edited())));
        cancel.addClickListener(e -> fireEvent(new CloseEvent(this)));
        content.add(heading, fields, new HorizontalLayout(save, cancel));

        fieldsByProperty.putAll(Map.of("name", name, "kind", kind, "email", email, "phone", phone,
                "credentials", credentials, "skills", skills, "languages", languages,
                "maxHoursPerDay", maxHoursPerDay, "maxHoursPerWeek", maxHoursPerWeek, "minRestHours", minRestHours));
        fieldsByProperty.putAll(Map.of("pledgedHoursPerWeek", pledgedHoursPerWeek, "likes", likes,
                "dislikes", dislikes, "standardHours", standardHours,
                "maxHoursOutsideStandardPerWeek", maxHoursOutsideStandardPerWeek,
                "preferredLanguage", preferredLanguage, "guardianConsent", guardianConsent));
    }

    /** Shows a person to edit; what the planner had typed for someone else is dropped. */
    void edit(PersonDetails person, PeopleSuggestions suggestions) {
        asLoaded = person;
        problems.clear();
        heading.setText(person.isNew() ? getTranslation("people.form.new-person") : person.name());
        name.setValue(person.name());
        kind.setValue(person.kind());
        youth.setValue(person.youth());
        experienced.setValue(person.experienced());
        email.setValue(orEmpty(person.email()));
        phone.setValue(orEmpty(person.phone()));
        credentials.setKnownTypes(suggestions.credentials());
        credentials.setValue(person.credentials());
        skills.show(person.skills(), suggestions.skills());
        languages.show(person.languages(), suggestions.languages());
        preferredLanguage.setItems(languageChoices(person.preferredLanguage()));
        preferredLanguage.setValue(person.preferredLanguage());
        guardianConsent.setValue(person.guardianConsent());
        guardianConsent.setVisible(person.youth());
        maxHoursPerDay.setValue(person.maxHoursPerDay());
        maxHoursPerWeek.setValue(person.maxHoursPerWeek());
        minRestHours.setValue(person.minRestHours());
        pledgedHoursPerWeek.setValue(person.pledgedHoursPerWeek());
        likes.show(person.likes(), suggestions.activities());
        dislikes.show(person.dislikes(), suggestions.activities());
        standardHours.setValue(person.standardHours());
        maxHoursOutsideStandardPerWeek.setValue(person.maxHoursOutsideStandardPerWeek());
        showStaffFields(person.kind() == PersonKind.STAFF);
    }

    /**
     * What the form holds now, as the person it would save. Someone no longer marked youth is saved
     * without their consent: its fields are hidden then, so refusing it would name a field nobody sees.
     */
    PersonDetails edited() {
        return new PersonDetails(asLoaded.id(), asLoaded.version(), name.getValue(), kind.getValue(),
                youth.getValue(), experienced.getValue(), email.getValue(), phone.getValue(), credentials.getValue(),
                skills.tags(), languages.tags(), preferredLanguage.getValue(),
                youth.getValue() ? guardianConsent.getValue() : null, maxHoursPerDay.getValue(),
                maxHoursPerWeek.getValue(), minRestHours.getValue(), pledgedHoursPerWeek.getValue(), likes.tags(),
                dislikes.tags(), standardHours.getValue(), maxHoursOutsideStandardPerWeek.getValue());
    }

    /** Marks each field with its problem; the planner's input stays as it is. */
    void showProblems(InvalidFormException refused) {
        problems.show(refused);
    }

    private void showStaffFields(boolean staff) {
        standardHours.setVisible(staff);
        maxHoursOutsideStandardPerWeek.setVisible(staff);
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    Registration addCloseListener(ComponentEventListener<CloseEvent> listener) {
        return addListener(CloseEvent.class, listener);
    }

    /**
     * The languages the app offers first, and the person's own if a plan file brought another, so that
     * opening and saving someone never changes their language.
     */
    private static List<String> languageChoices(String current) {
        List<String> choices = new ArrayList<>(OFFERED_LANGUAGES);
        if (current != null && !choices.contains(current)) {
            choices.add(current);
        }
        return choices;
    }

    /**
     * Each language in its own words, as its speakers look for it, whatever the page's language: English,
     * Français; one the app does not speak with its tag, "Español (es)".
     */
    static String languageInWords(String tag) {
        if (tag == null) {
            return "";
        }
        if (OFFERED_LANGUAGES.contains(tag)) {
            return Language.ofTag(tag).orElseThrow().ownName();
        }
        Locale language = Locale.forLanguageTag(tag);
        String name = language.getDisplayName(language);
        String inWords = name.isEmpty() ? tag : name.substring(0, 1).toUpperCase(language) + name.substring(1);
        return inWords + " (" + tag + ")";
    }

    private NumberField hours(String key) {
        NumberField field = new NumberField(getTranslation(key));
        field.setClearButtonVisible(true);
        return field;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    /** The planner wants this person saved. */
    static final class SaveEvent extends ComponentEvent<PersonForm> {

        private final transient PersonDetails asLoaded;
        private final transient PersonDetails edited;

        SaveEvent(PersonForm source, PersonDetails asLoaded, PersonDetails edited) {
            super(source, false);
            this.asLoaded = asLoaded;
            this.edited = edited;
        }

        PersonDetails asLoaded() {
            return asLoaded;
        }

        PersonDetails edited() {
            return edited;
        }
    }

    /** The planner is done with this person without saving. */
    static final class CloseEvent extends ComponentEvent<PersonForm> {

        CloseEvent(PersonForm source) {
            super(source, false);
        }
    }
}
