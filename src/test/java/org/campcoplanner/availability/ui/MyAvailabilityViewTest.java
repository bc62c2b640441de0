package org.campcoplanner.availability.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import org.campcoplanner.H2Test;
import org.campcoplanner.KaribuTest;
import org.campcoplanner.shifts.MyShift;
import org.campcoplanner.shifts.MyShiftsService;
import org.junit.jupiter.api.Test;

import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The demo volunteer keeps their availability on their phone; time away over a published shift is flagged. */
@H2Test
class MyAvailabilityViewTest extends KaribuTest {

    @Autowired
    MyShiftsService shifts;
    @Autowired
    JdbcTemplate jdbc;

    @Override
    protected String signedInAs() {
        return "volunteer";
    }

    @Test
    void timeAwayOverAPublishedShiftTellsTheVolunteerAndFlagsItToThePlanners() {
        MyShift next = shifts.mine().orElseThrow().upcoming().stream().filter(s -> !s.withdrawn()).findFirst().orElseThrow();
        UI.getCurrent().navigate(MyAvailabilityView.class);
        assertThat(_get(H2.class, spec -> spec.withText("My availability"))).isNotNull();

        DateTimePicker from = _get(DateTimePicker.class, spec -> spec.withLabel("Away from"));
        from.setValue(next.start().minusHours(1));
        _get(DateTimePicker.class, spec -> spec.withLabel("Back at")).setValue(next.end().plusHours(1));
        _click(_get(parentOf(from), Button.class, spec -> spec.withText("Add")));
        _click(_get(Button.class, spec -> spec.withId("save-availability")));

        Paragraph conflicts = _get(Paragraph.class, spec -> spec.withId("availability-conflicts"));
        assertThat(conflicts.isVisible()).isTrue();
        assertThat(conflicts.getText()).contains(next.title()).contains("The planners have been told");
        // to the planners' accounts, linked to a person of the camp or not, with the page to act on
        for (String planner : List.of("leader", "staff")) {
            assertThat(jdbc.queryForList("select n.link from notification n join user_account a on a.id = n.account_id "
                    + "where a.username = ? and n.subject like '%availability no longer covers%'", String.class, planner))
                    .isNotEmpty().allMatch(link -> link.startsWith("withdrawals/"));
        }
    }

    @Test
    void savingOnesOwnAvailabilitySpeaksToThePerson() {
        UI.getCurrent().navigate(MyAvailabilityView.class);

        _click(_get(Button.class, spec -> spec.withId("save-availability")));

        assertThat(notifications()).contains("Your availability is saved").noneMatch(text -> text.contains("'s availability"));
    }

    @Test
    void aPlannerSavingTheirOwnAvailabilityOnThePlannersPageIsSpokenToToo() {
        login("leader");
        long leader = jdbc.queryForObject("select person_id from user_account where username = 'leader'", Long.class);
        UI.getCurrent().navigate(AvailabilityView.class, leader);

        _click(_get(Button.class, spec -> spec.withId("save-availability")));

        assertThat(notifications()).contains("Your availability is saved");
    }

    private static Component parentOf(Component child) {
        return child.getParent().orElseThrow();
    }
}
