package org.campcoplanner.camp.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextField;
import org.campcoplanner.H2Test;
import org.campcoplanner.KaribuTest;
import org.campcoplanner.camp.CampPlanService;
import org.campcoplanner.camp.CampSettings;
import org.campcoplanner.camp.CampSetupService;
import org.campcoplanner.camp.CampSummary;
import org.campcoplanner.planning.format.CampPlan;
import org.campcoplanner.planning.format.TestPlans;
import org.junit.jupiter.api.Test;
import java.util.List;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Anchor;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** Planners create a camp and change its settings. */
@H2Test
class CampSettingsViewTest extends KaribuTest {

    @Autowired
    CampPlanService campPlans;
    @Autowired
    CampSetupService setup;

    @Test
    void aNewCampIsCreatedWithItsRulesAndFirstSite() {
        UI.getCurrent().navigate(CampSettingsView.class);
        CampSettingsForm form = _get(CampSettingsForm.class);
        form.name.setValue("Waverley Summer Days");
        form.startDate.setValue(LocalDate.of(2027, 7, 5));
        form.endDate.setValue(LocalDate.of(2027, 8, 13));
        form.ratios.setValue("6-8=8, 9-12=10, default=8");
        form.weights.get("stability").setValue(500);
        _get(TextField.class, spec -> spec.withLabel("Site")).setValue("Waverley Park");
        assertThat(form.youthNeedGuardianConsent.getValue()).as("youth need consent in a new camp").isTrue();

        _click(saveButton());

        CampSummary created = campPlans.listCamps().stream().filter(c -> c.name().equals("Waverley Summer Days"))
                .findFirst().orElseThrow();
        CampPlan plan = campPlans.exportPlan(created.id());
        assertThat(plan.camp().rules().youthNeedGuardianConsent()).isTrue();
        assertThat(plan.camp().rules().childrenPerAdult()).containsEntry("9-12", 10);
        assertThat(plan.camp().rules().weights().stability()).isEqualTo(500);
        assertThat(plan.sites()).extracting(CampPlan.Site::name).containsExactly("Waverley Park");
        assertThat(_get(CampView.class)).isNotNull();
        // the admin is told what comes next, and the new camp's page lists it with links
        assertThat(notifications()).anyMatch(text -> text.startsWith("Waverley Summer Days is created."));
        NextSteps steps = _get(NextSteps.class);
        List<String> links = _find(steps, Anchor.class).stream().map(Anchor::getHref).toList();
        assertThat(links).containsExactly("camp-settings/" + created.id(), "sessions/" + created.id(),
                "people/" + created.id(), "accounts", "roster/" + created.id());
        assertThat(_find(steps, ListItem.class).get(0).getClassNames()).contains("step-done");
        assertThat(_find(steps, ListItem.class).get(1).getClassNames()).doesNotContain("step-done");
    }

    @Test
    void campDaysAreShownAndTypedYearFirstInACalendarStartingOnMonday() {
        UI.getCurrent().navigate(CampSettingsView.class);

        assertThat(_find(DatePicker.class)).extracting(DatePicker::getLabel).contains("First day", "Last day");
        assertThat(_find(DatePicker.class)).allSatisfy(day -> {
            assertThat(day.getI18n().getDateFormats()).as(day.getLabel()).containsExactly("yyyy-MM-dd");
            assertThat(day.getI18n().getFirstDayOfWeek()).as(day.getLabel()).isEqualTo(1);
        });
    }

    @Test
    void aLastDayBeforeTheFirstIsAFormErrorAndNothingIsStored() {
        UI.getCurrent().navigate(CampSettingsView.class);
        CampSettingsForm form = _get(CampSettingsForm.class);
        form.name.setValue("Backwards camp");
        form.startDate.setValue(LocalDate.of(2027, 7, 5));
        form.endDate.setValue(LocalDate.of(2027, 7, 1));
        form.timeZone.setValue("Guelph/Ontario");
        _get(TextField.class, spec -> spec.withLabel("Site")).setValue("Park");
        int before = campPlans.listCamps().size();

        _click(saveButton());

        assertThat(form.endDate.isInvalid()).isTrue();
        assertThat(form.endDate.getErrorMessage()).contains("is before its first day");
        assertThat(form.timeZone.getErrorMessage()).contains("not a known IANA time zone");
        assertThat(campPlans.listCamps()).hasSize(before);
    }

    @Test
    void shorteningTheCampPastItsSessionsIsRefused() {
        long campId = campPlans.importPlan(TestPlans.read(TestPlans.SMALL_CAMP));
        UI.getCurrent().navigate(CampSettingsView.class, campId);
        CampSettingsForm form = _get(CampSettingsForm.class);

        form.endDate.setValue(LocalDate.of(2026, 7, 9));
        _click(saveButton());

        assertThat(form.endDate.getErrorMessage()).startsWith("a session would fall outside the camp's days");
        assertThat(setup.load(campId).endDate()).isEqualTo(LocalDate.of(2026, 7, 12));
    }

    @Test
    void plannersLetOffersForEmptySeatsGoStraightIntoThePublishedRoster() {
        long campId = campPlans.importPlan(TestPlans.read(TestPlans.SMALL_CAMP));
        UI.getCurrent().navigate(CampSettingsView.class, campId);
        CampSettingsForm form = _get(CampSettingsForm.class);
        assertThat(form.offersStraightToPublished.getValue()).as("planners decide every offer at first").isFalse();
        assertThat(form.offersStraightToPublished.getHelperText()).contains("without new signatures", "audit trail");

        form.offersStraightToPublished.setValue(true);
        _click(saveButton());

        assertThat(setup.load(campId).offersStraightToPublished()).isTrue();
        assertThat(notifications()).contains("Saved");
    }

    @Test
    void plannersSwitchTheYouthConsentRuleAndThePageSaysWhatItMeans() {
        long campId = campPlans.importPlan(TestPlans.read(TestPlans.SMALL_CAMP));
        UI.getCurrent().navigate(CampSettingsView.class, campId);
        CampSettingsForm form = _get(CampSettingsForm.class);
        assertThat(form.youthNeedGuardianConsent.getValue()).as("a plan without the rule").isFalse();
        assertThat(form.youthNeedGuardianConsent.getHelperText())
                .contains("14 to 17", "only gets a seat", "parent or guardian gave consent on or before that day");

        form.youthNeedGuardianConsent.setValue(true);
        _click(saveButton());

        assertThat(setup.load(campId).youthNeedGuardianConsent()).isTrue();
        assertThat(campPlans.exportPlan(campId).camp().rules().youthNeedGuardianConsent()).isTrue();
        assertThat(notifications()).contains("Saved");

        form.youthNeedGuardianConsent.setValue(false);
        _click(saveButton());

        assertThat(setup.load(campId).youthNeedGuardianConsent()).isFalse();
        assertThat(campPlans.exportPlan(campId).camp().rules().youthNeedGuardianConsent()).isNull();
    }

    @Test
    void aSaveAfterAnotherPlannerSwitchedTheYouthConsentRuleIsRefusedAndSaysSo() {
        long campId = campPlans.importPlan(TestPlans.read(TestPlans.CONSENT_CAMP));
        UI.getCurrent().navigate(CampSettingsView.class, campId);
        CampSettings seen = setup.load(campId);
        setup.update(campId, seen, new CampSettings(seen.name(), seen.neighbourhood(), seen.timeZone(), seen.startDate(),
                seen.endDate(), seen.travelMinutesBetweenSites(), seen.childrenPerAdult(), false, false, seen.weights(),
                seen.version()));
        _get(CampSettingsForm.class).travel.setValue(45);

        _click(saveButton());

        assertThat(notifications())
                .anySatisfy(text -> assertThat(text).contains("was changed by someone else meanwhile (youth consent rule)"));
        assertThat(setup.load(campId).youthNeedGuardianConsent()).isFalse();
        assertThat(setup.load(campId).travelMinutesBetweenSites()).isEqualTo(30);
    }

    @Test
    void aSaveAfterAnotherPlannersSaveIsRefusedAndNamesWhatChanged() {
        long campId = campPlans.importPlan(TestPlans.read(TestPlans.SMALL_CAMP));
        UI.getCurrent().navigate(CampSettingsView.class, campId);
        CampSettings seen = setup.load(campId);
        setup.update(campId, seen, new CampSettings("Camp 101 (renamed)", seen.neighbourhood(), seen.timeZone(),
                seen.startDate(), seen.endDate(), seen.travelMinutesBetweenSites(), seen.childrenPerAdult(),
                seen.youthNeedGuardianConsent(), seen.offersStraightToPublished(), seen.weights(), seen.version()));
        _get(CampSettingsForm.class).travel.setValue(45);

        _click(saveButton());

        assertThat(notifications())
                .anySatisfy(text -> assertThat(text).contains("was changed by someone else meanwhile (name)"));
        assertThat(setup.load(campId).travelMinutesBetweenSites()).isEqualTo(30);
    }

    private static Button saveButton() {
        return _get(Button.class, spec -> spec.withText("Save"));
    }
}
