package org.campcoplanner.availability.ui;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.campcoplanner.H2Test;
import org.campcoplanner.KaribuTest;
import org.campcoplanner.availability.AvailabilityService;
import org.campcoplanner.availability.PersonAvailability;
import org.campcoplanner.camp.CampPlanService;
import org.campcoplanner.camp.WeeklyWindow;
import org.campcoplanner.planning.format.TestPlans;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** A planner edits Victor Santos's availability in a camp with a Friday night camp-out. */
@H2Test
class AvailabilityViewTest extends KaribuTest {

    private static final WeeklyWindow FRIDAY_NIGHT = new WeeklyWindow(DayOfWeek.FRIDAY, LocalTime.of(20, 0),
            LocalTime.of(2, 0));

    @Autowired
    CampPlanService campPlans;
    @Autowired
    AvailabilityService availability;

    private long personId;

    @BeforeEach
    void openVictorSantosInACampWithACampOut() {
        long campId = campPlans.importPlan(TestPlans.changed(TestPlans.SMALL_CAMP, AvailabilityViewTest::addCampOut));
        personId = availability.personId(campId, "p13");
        UI.getCurrent().navigate(AvailabilityView.class, personId);
    }

    @Test
    void paintingFridayNightOffersTheOvernightCampOutBeforeSavingAndSavesAWindowEndingNextDay() {
        assertThat(previewTitles()).doesNotContain("Camp-out");
        WeekGrid grid = _get(WeekGrid.class);

        grid.setTapMode(WeekGrid.TapMode.RANGE);
        tap(grid.cell(DayOfWeek.FRIDAY, LocalTime.of(20, 0)));
        tap(grid.cell(DayOfWeek.FRIDAY, LocalTime.of(1, 30)));

        assertThat(previewTitles()).contains("Camp-out");
        assertThat(availability.load(personId).weekly()).doesNotContain(FRIDAY_NIGHT);

        _click(_get(Button.class, spec -> spec.withText("Save availability")));

        List<WeeklyWindow> stored = availability.load(personId).weekly();
        assertThat(stored).contains(FRIDAY_NIGHT);
        assertThat(stored).filteredOn(w -> w.day() == DayOfWeek.FRIDAY && w.from().equals(LocalTime.of(20, 0)))
                .singleElement().satisfies(w -> assertThat(w.to()).isBeforeOrEqualTo(w.from()));
    }

    @Test
    void extraAndAwayTimesTakeTheirDatesYearFirst() {
        assertThat(_find(DateTimePicker.class)).hasSizeGreaterThanOrEqualTo(4).allSatisfy(picker -> {
            assertThat(picker.getDatePickerI18n().getDateFormats()).as(picker.getLabel()).containsExactly("yyyy-MM-dd");
            assertThat(picker.getDatePickerI18n().getFirstDayOfWeek()).as(picker.getLabel()).isEqualTo(1);
        });
    }

    @Test
    void aPlannerSavingSomeoneElsesAvailabilityIsToldWhoseItIs() {
        _click(_get(Button.class, spec -> spec.withText("Save availability")));

        assertThat(notifications()).contains("Victor Santos's availability is saved")
                .noneMatch(text -> text.startsWith("Your availability"));
    }

    @Test
    void anExtraTimeEndingBeforeItStartsIsMarkedOnTheFormAndNotAdded() {
        DateTimePicker start = _get(DateTimePicker.class, spec -> spec.withLabel("Extra time starts"));
        DateTimePicker end = _get(DateTimePicker.class, spec -> spec.withLabel("Extra time ends"));
        start.setValue(LocalDateTime.of(2026, 7, 10, 20, 0));
        end.setValue(LocalDateTime.of(2026, 7, 10, 18, 0));

        _click(_get(parentOf(start), Button.class, spec -> spec.withText("Add")));

        assertThat(end.isInvalid()).isTrue();
        assertThat(end.getErrorMessage()).isEqualTo("It must end after it starts");
        assertThat(_find(Div.class, spec -> spec.withClasses("dated-window-row"))).isEmpty();
    }

    @Test
    void anExtraTimeIsAddedAndOffersTheSessionsItCovers() {
        assertThat(previewTitles()).doesNotContain("Saturday field trip");
        DateTimePicker start = _get(DateTimePicker.class, spec -> spec.withLabel("Extra time starts"));
        start.setValue(LocalDateTime.of(2026, 7, 11, 9, 0));
        _get(DateTimePicker.class, spec -> spec.withLabel("Extra time ends")).setValue(LocalDateTime.of(2026, 7, 11, 17, 0));

        _click(_get(parentOf(start), Button.class, spec -> spec.withText("Add")));

        assertThat(_find(Div.class, spec -> spec.withClasses("dated-window-row"))).hasSize(1);
        assertThat(previewTitles()).contains("Saturday field trip");
    }

    @Test
    void aSaveAfterAnotherPlannerSavedIsRefusedWithTheirChangesKept() {
        PersonAvailability seen = availability.load(personId);
        List<WeeklyWindow> theirs = List.of(new WeeklyWindow(DayOfWeek.SUNDAY, LocalTime.of(9, 0), LocalTime.of(12, 0)));
        availability.save(seen.withWindows(theirs, seen.dated(), seen.unavailable()));

        tap(_get(WeekGrid.class).cell(DayOfWeek.MONDAY, LocalTime.of(18, 0)));
        _click(_get(Button.class, spec -> spec.withText("Save availability")));

        assertThat(notifications())
                .anySatisfy(text -> assertThat(text).contains("Someone else changed Victor Santos's availability"));
        assertThat(availability.load(personId).weekly()).isEqualTo(theirs);
    }

    private static List<String> previewTitles() {
        return _find(Div.class, spec -> spec.withClasses("session-preview-row")).stream()
                .map(row -> _find(row, Span.class).get(1).getText()).toList();
    }

    private static void tap(WeekCell cell) {
        ComponentUtil.fireEvent(cell, new ClickEvent<>(cell));
    }

    private static Component parentOf(Component component) {
        return component.getParent().orElseThrow();
    }

    private static void addCampOut(ObjectNode plan) {
        ObjectNode campOut = ((ArrayNode) plan.get("sessions")).addObject()
                .put("id", "s15").put("title", "Camp-out").put("activity", "camp-out").put("site", "site1")
                .put("start", "2026-07-10T20:00").put("end", "2026-07-11T02:00").put("children", 10)
                .put("ageGroup", "9-12");
        ArrayNode seats = campOut.putArray("seats");
        seats.addObject().put("role", "Lead").put("priority", 30).putArray("requires").add("VULNERABLE_SECTOR_CHECK");
        seats.addObject().put("role", "Helper").put("priority", 5);
    }
}
