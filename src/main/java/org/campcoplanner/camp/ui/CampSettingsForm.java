package org.campcoplanner.camp.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.campcoplanner.base.InvalidFormException;
import org.campcoplanner.base.ui.DatePickers;
import org.campcoplanner.base.ui.FormProblems;
import org.campcoplanner.camp.CampSettings;
import org.campcoplanner.camp.SoftRuleWeights;
import org.campcoplanner.planning.format.CampPlan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A camp's days and planning rules. Each soft-rule weight says in one line what raising it
 * trades off, because the weights are where residents and staff negotiate priorities.
 */
class CampSettingsForm extends Composite<FormLayout> {

    final TextField name = new TextField(getTranslation("camp.settings.name"));
    final TextField neighbourhood = new TextField(getTranslation("camp.settings.neighbourhood"));
    final TextField timeZone = new TextField(getTranslation("camp.settings.time-zone"));
    final DatePicker startDate = DatePickers.date(getTranslation("camp.settings.first-day"));
    final DatePicker endDate = DatePickers.date(getTranslation("camp.settings.last-day"));
    final IntegerField travel = new IntegerField(getTranslation("camp.settings.travel"));
    final TextField ratios = new TextField(getTranslation("camp.settings.ratios"));
    final Checkbox youthNeedGuardianConsent = new Checkbox(getTranslation("camp.settings.youth-consent"));
    final Checkbox offersStraightToPublished = new Checkbox(getTranslation("camp.settings.offers-straight"));
    final Map<String, IntegerField> weights = new LinkedHashMap<>();
    private final FormProblems problems;
    private long version = -1;

    CampSettingsForm() {
        timeZone.setValue(CampPlan.DEFAULT_TIME_ZONE);
        timeZone.setHelperText(getTranslation("camp.settings.time-zone-help"));
        travel.setValue(CampPlan.DEFAULT_TRAVEL_MINUTES);
        travel.setMin(0);
        ratios.setValue("default=8");
        ratios.setHelperText(getTranslation("camp.settings.ratios-help"));
        youthNeedGuardianConsent.setValue(CampSettings.NEW_CAMPS_NEED_GUARDIAN_CONSENT);
        youthNeedGuardianConsent.setHelperText(getTranslation("camp.settings.youth-consent-help"));
        offersStraightToPublished.setHelperText(getTranslation("camp.settings.offers-straight-help"));
        weight("fairness", "camp.settings.fairness", "camp.settings.fairness-help");
        weight("staffOutsideStandardHours", "camp.settings.staff-outside", "camp.settings.staff-outside-help");
        weight("coDelivery", "camp.settings.co-delivery", "camp.settings.co-delivery-help");
        weight("peerSupport", "camp.settings.peer-support", "camp.settings.peer-support-help");
        weight("continuity", "camp.settings.continuity", "camp.settings.continuity-help");
        weight("preferences", "camp.settings.preferences", "camp.settings.preferences-help");
        weight("stability", "camp.settings.stability", "camp.settings.stability-help");
        Map<String, HasValidation> fields = new LinkedHashMap<>(Map.of("name", name, "timeZone", timeZone,
                "startDate", startDate, "endDate", endDate, "travelMinutesBetweenSites", travel, "childrenPerAdult", ratios));
        fields.putAll(weights);
        problems = new FormProblems(fields);
        H3 weightsHeading = new H3(getTranslation("camp.settings.weights"));
        getContent().add(name, neighbourhood, timeZone, startDate, endDate, travel, ratios, youthNeedGuardianConsent,
                offersStraightToPublished, weightsHeading);
        // a heading for the section below, across the form's columns
        getContent().setColspan(weightsHeading, 2);
        weights.values().forEach(getContent()::add);
        getContent().add(problems.formProblem());
    }

    /** A weight's field: its label and what raising it trades off, as keys. */
    private void weight(String key, String labelKey, String tradeOffKey) {
        IntegerField field = new IntegerField(getTranslation(labelKey));
        field.setMin(0);
        field.setHelperText(getTranslation("camp.settings.weight-help", getTranslation(tradeOffKey)));
        field.setClearButtonVisible(true);
        weights.put(key, field);
    }

    void show(CampSettings settings) {
        name.setValue(settings.name());
        neighbourhood.setValue(settings.neighbourhood() == null ? "" : settings.neighbourhood());
        timeZone.setValue(settings.timeZone());
        startDate.setValue(settings.startDate());
        endDate.setValue(settings.endDate());
        travel.setValue(settings.travelMinutesBetweenSites());
        ratios.setValue(String.join(", ", settings.childrenPerAdult().entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).toList()));
        youthNeedGuardianConsent.setValue(settings.youthNeedGuardianConsent());
        offersStraightToPublished.setValue(settings.offersStraightToPublished());
        SoftRuleWeights w = settings.weights();
        weights.get("fairness").setValue(w.fairness());
        weights.get("staffOutsideStandardHours").setValue(w.staffOutsideStandardHours());
        weights.get("coDelivery").setValue(w.coDelivery());
        weights.get("peerSupport").setValue(w.peerSupport());
        weights.get("continuity").setValue(w.continuity());
        weights.get("preferences").setValue(w.preferences());
        weights.get("stability").setValue(w.stability());
        version = settings.version();
    }

    /** The settings as entered; a ratio entry that cannot be read is reported on its field. */
    CampSettings settings() {
        problems.clear();
        Map<String, Integer> byAgeGroup = new LinkedHashMap<>();
        for (String entry : ratios.getValue().split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            String[] parts = entry.split("=");
            try {
                byAgeGroup.put(parts[0].strip(), Integer.parseInt(parts[1].strip()));
            } catch (RuntimeException e) {
                throw new InvalidFormException(List.of(InvalidFormException.FieldProblem.of("childrenPerAdult",
                        "camp.settings.ratio-unreadable", entry.strip())));
            }
        }
        return new CampSettings(name.getValue(), neighbourhood.getValue(), timeZone.getValue(), startDate.getValue(),
                endDate.getValue(), travel.getValue() == null ? 0 : travel.getValue(), byAgeGroup,
                youthNeedGuardianConsent.getValue(), offersStraightToPublished.getValue(),
                new SoftRuleWeights(value("fairness"), value("staffOutsideStandardHours"), value("coDelivery"),
                        value("peerSupport"), value("continuity"), value("preferences"), value("stability")), version);
    }

    void show(InvalidFormException refused) {
        problems.show(refused);
    }

    private Integer value(String key) {
        return weights.get(key).getValue();
    }
}
