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

    final TextField name = new TextField("Camp name");
    final TextField neighbourhood = new TextField("Neighbourhood");
    final TextField timeZone = new TextField("Time zone");
    final DatePicker startDate = DatePickers.date("First day");
    final DatePicker endDate = DatePickers.date("Last day");
    final IntegerField travel = new IntegerField("Travel minutes between sites");
    final TextField ratios = new TextField("Children per adult by age group");
    final Checkbox youthNeedGuardianConsent = new Checkbox("Youth need a guardian's consent");
    final Map<String, IntegerField> weights = new LinkedHashMap<>();
    private final FormProblems problems;
    private long version = -1;

    CampSettingsForm() {
        timeZone.setValue(CampPlan.DEFAULT_TIME_ZONE);
        timeZone.setHelperText("An IANA zone; times are wall-clock times there");
        travel.setValue(CampPlan.DEFAULT_TRAVEL_MINUTES);
        travel.setMin(0);
        ratios.setValue("default=8");
        ratios.setHelperText("e.g. 4-5=6, 6-8=8, 9-12=10, default=8");
        youthNeedGuardianConsent.setValue(CampSettings.NEW_CAMPS_NEED_GUARDIAN_CONSENT);
        youthNeedGuardianConsent.setHelperText("When ticked, a young volunteer (14 to 17) only gets a seat in a session "
                + "if a parent or guardian gave consent on or before that day. Record it on the person's page.");
        weight("fairness", "Fairness", "Higher: volunteers' hours closer to what they pledged, even at more staff overtime");
        weight("staffOutsideStandardHours", "Staff outside standard hours",
                "Higher: fewer paid staff evenings and weekends, more asked of residents");
        weight("coDelivery", "Co-delivery", "Higher: more sessions run by a resident and a staff member together");
        weight("peerSupport", "Peer support", "Higher: new volunteers more often alongside someone experienced");
        weight("continuity", "Continuity", "Higher: the same faces across a series, at the cost of evenly spread hours");
        weight("preferences", "Preferences", "Higher: people get activities they like, and fewer they dislike");
        weight("stability", "Stability", "Higher: a re-plan moves fewer people away from the published roster");
        Map<String, HasValidation> fields = new LinkedHashMap<>(Map.of("name", name, "timeZone", timeZone,
                "startDate", startDate, "endDate", endDate, "travelMinutesBetweenSites", travel, "childrenPerAdult", ratios));
        fields.putAll(weights);
        problems = new FormProblems(fields);
        getContent().add(name, neighbourhood, timeZone, startDate, endDate, travel, ratios, youthNeedGuardianConsent,
                new H3("Soft rule weights"));
        weights.values().forEach(getContent()::add);
        getContent().add(problems.formProblem());
    }

    private void weight(String key, String label, String tradeOff) {
        IntegerField field = new IntegerField(label);
        field.setMin(0);
        field.setHelperText(tradeOff + ". Empty: the product default; 0 switches it off.");
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
                throw new InvalidFormException(List.of(new InvalidFormException.FieldProblem("childrenPerAdult",
                        "'" + entry.strip() + "' is not age group=number, such as 6-8=8")));
            }
        }
        return new CampSettings(name.getValue(), neighbourhood.getValue(), timeZone.getValue(), startDate.getValue(),
                endDate.getValue(), travel.getValue() == null ? 0 : travel.getValue(), byAgeGroup,
                youthNeedGuardianConsent.getValue(),
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
