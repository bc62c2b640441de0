package org.campcoplanner.reflections.ui;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.campcoplanner.H2Test;
import org.campcoplanner.KaribuTest;
import org.campcoplanner.credits.CheckInSession;
import org.campcoplanner.credits.ui.CheckInView;
import org.campcoplanner.demo.DemoCamp;
import org.campcoplanner.planning.format.CampPlan;
import org.campcoplanner.reflections.ReflectionEntry;
import org.campcoplanner.reflections.Reflections;
import org.campcoplanner.shifts.MyShift;
import org.campcoplanner.shifts.MyShiftsService;
import org.campcoplanner.shifts.ui.MyShiftsView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo volunteer (a youth) says how a past shift went from their phone, changes it and takes it
 * back; the demo leader sees on the check-in page who reflected and lets a youth's story be quoted.
 */
@H2Test
class ReflectionViewsTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MyShiftsService shifts;
    @Autowired
    Reflections reflections;
    @Autowired
    Clock clock;

    @Override
    protected String signedInAs() {
        return "volunteer";
    }

    @Test
    @SuppressWarnings("unchecked")
    void aVolunteerSaysHowAPastShiftWentChangesItAndTakesItBack() {
        MyShift past = pastShiftWithoutReflection();
        UI.getCurrent().navigate(MyShiftsView.class);
        Details pastShifts = _get(Details.class, spec -> spec.withId("past-shifts"));
        assertThat(_find(pastShifts, Anchor.class, spec -> spec.withClasses("reflect")))
                .anySatisfy(link -> assertThat(link.getHref()).isEqualTo("reflect/" + past.sessionId()));

        UI.getCurrent().navigate(ReflectView.class, past.sessionId());
        assertThat(_get(Paragraph.class, spec -> spec.withId("reflection-session")).getText()).contains(past.title());
        _click(_get(Button.class, spec -> spec.withId("save-reflection")));
        RadioButtonGroup<Integer> rating = _get(RadioButtonGroup.class, spec -> spec.withId("reflection-rating"));
        assertThat(rating.isInvalid()).as("how it went is the one thing asked for").isTrue();

        rating.setValue(4);
        _get(TextArea.class, spec -> spec.withId("reflection-story")).setValue("We finished the mural.");
        ((RadioButtonGroup<Boolean>) _get(RadioButtonGroup.class, spec -> spec.withId("reflection-sharing"))).setValue(true);
        _click(_get(Button.class, spec -> spec.withId("save-reflection")));

        assertThat(notifications()).contains("Thank you: your reflection is saved.");
        _assertOne(MyShiftsView.class);
        assertThat(_find(Div.class, spec -> spec.withClasses("shift-card"))).anySatisfy(card ->
                assertThat(card.getElement().getOuterHTML()).contains("Your reflection: It went well")
                        .contains("reflect/" + past.sessionId()));

        UI.getCurrent().navigate(ReflectView.class, past.sessionId());
        assertThat(_get(RadioButtonGroup.class, spec -> spec.withId("reflection-rating")).getValue()).isEqualTo(4);
        assertThat(_get(TextArea.class, spec -> spec.withId("reflection-story")).getValue()).isEqualTo("We finished the mural.");
        assertThat(_get(RadioButtonGroup.class, spec -> spec.withId("reflection-sharing")).getHelperText())
                .as("a youth is told a planner reads their story first").contains("reads your story before");
        _click(_get(Button.class, spec -> spec.withId("withdraw-reflection")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(notifications()).contains("Your reflection is taken back.");
        assertThat(reflections.mine()).doesNotContainKey(past.sessionId());
    }

    @Test
    void theShiftJustWorkedIsAskedAboutAtTheTopUntilItIsReflectedOn() {
        MyShift latest = shifts.mine().orElseThrow().past().get(0);
        assertThat(latest.end()).as("the demo volunteer worked in the last days")
                .isAfter(LocalDateTime.now(clock.withZone(ZoneId.of(CampPlan.DEFAULT_TIME_ZONE))).minusDays(MyShiftsView.RECENTLY_DAYS));
        var mine = reflections.mine();
        if (mine.containsKey(latest.sessionId())) {
            reflections.withdraw(latest.sessionId(), mine.get(latest.sessionId()).version());
        }

        UI.getCurrent().navigate(MyShiftsView.class);
        Div prompt = _get(Div.class, spec -> spec.withId("reflect-prompt"));
        assertThat(prompt.getElement().getTextRecursively()).startsWith("How did " + latest.title() + " on ");
        assertThat(_get(prompt, Anchor.class).getHref()).isEqualTo("reflect/" + latest.sessionId());

        reflections.write(latest.sessionId(), new ReflectionEntry(4, null, false), null);
        UI.getCurrent().navigate(ReflectView.class, latest.sessionId());
        UI.getCurrent().navigate(MyShiftsView.class);
        _assertNone(Div.class, spec -> spec.withId("reflect-prompt"));
    }

    @Test
    void aShiftThatHasNotEndedCannotBeReflectedOnYet() {
        MyShift upcoming = shifts.mine().orElseThrow().upcoming().get(0);

        UI.getCurrent().navigate(ReflectView.class, upcoming.sessionId());

        assertThat(_find(Paragraph.class)).anySatisfy(said -> assertThat(said.getText())
                .isEqualTo("This session has not ended yet: say how it went once it is over."));
        _assertNone(Button.class, spec -> spec.withId("save-reflection"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theLeaderSeesWhoReflectedOnTheCheckInPageAndLetsAYouthsStoryBeQuoted() {
        MyShift past = pastShiftWithoutReflection();
        reflections.write(past.sessionId(), new ReflectionEntry(5, "I taught the little ones to juggle.", true), null);
        signInOnANewPage("leader");
        long campId = jdbc.queryForObject("select id from camp where name = ?", Long.class, DemoCamp.NAME);

        UI.getCurrent().navigate(CheckInView.class, campId);
        _get(DatePicker.class, spec -> spec.withId("check-in-day")).setValue(past.start().toLocalDate());
        Select<CheckInSession> session = _get(Select.class, spec -> spec.withId("check-in-session"));
        session.setValue(session.getListDataView().getItems().filter(s -> s.id().equals(past.sessionId()))
                .findFirst().orElseThrow());

        assertThat(_find(Div.class, spec -> spec.withClasses("shift-card")))
                .anySatisfy(card -> assertThat(card.getElement().getOuterHTML()).contains("Wrote a reflection"));
        Div said = _find(Div.class, spec -> spec.withClasses("reflection")).stream()
                .filter(card -> card.getElement().getOuterHTML().contains("I taught the little ones to juggle."))
                .findFirst().orElseThrow();
        assertThat(said.getElement().getOuterHTML()).contains("It went very well")
                .contains("the report quotes it only once you let it");
        _click(_get(said, Button.class, spec -> spec.withClasses("approve-quote")));

        assertThat(notifications()).contains("The report may now quote this story, without the name.");
        assertThat(jdbc.queryForObject("select reviewed_by from reflection where session_id = ? and story = ?",
                String.class, past.sessionId(), "I taught the little ones to juggle.")).isNotBlank();
    }

    /** A past shift of the volunteer's that nobody (no test before) has reflected on. */
    private MyShift pastShiftWithoutReflection() {
        var mine = reflections.mine();
        return shifts.mine().orElseThrow().past().stream().filter(shift -> !shift.withdrawn())
                .filter(shift -> !mine.containsKey(shift.sessionId())).findFirst().orElseThrow();
    }
}
