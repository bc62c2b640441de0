package org.campcoplanner.availability.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.campcoplanner.H2Test;
import org.campcoplanner.KaribuTest;
import org.campcoplanner.planning.DateStyle;
import org.campcoplanner.shifts.MyShift;
import org.campcoplanner.shifts.MyShiftsService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
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
                    .isNotEmpty().allMatch(link -> link.startsWith("requests/"));
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

    @Test
    void aFrenchReaderKeepsTheirAvailabilityInFrench() {
        MyShift next = shifts.mine().orElseThrow().upcoming().stream().filter(s -> !s.withdrawn()).findFirst().orElseThrow();
        readsInFrench("volunteer");
        UI.getCurrent().navigate(MyAvailabilityView.class);

        assertThat(_get(H2.class).getText()).isEqualTo("Mes disponibilités");
        assertThat(_get(MyAvailabilityView.class).getPageTitle()).isEqualTo("Mes disponibilités | Camp co-planner");
        assertThat(_find(Span.class, spec -> spec.withClasses("week-grid-day"))).extracting(Span::getText)
                .containsExactly("lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim.");
        WeekGrid grid = _get(WeekGrid.class);
        assertThat(grid.cell(DayOfWeek.FRIDAY, LocalTime.of(1, 30)).getElement().getAttribute("aria-label"))
                .isEqualTo("samedi 01:30, nuit du vendredi au samedi");
        assertThat(_get(H3.class, spec -> spec.withText("Indisponible (vacances, rendez-vous)"))).isNotNull();

        DateTimePicker from = _get(DateTimePicker.class, spec -> spec.withLabel("Début de l'absence"));
        DateTimePicker to = _get(DateTimePicker.class, spec -> spec.withLabel("Fin de l'absence"));
        Button add = _get(parentOf(from), Button.class, spec -> spec.withText("Ajouter"));
        from.setValue(next.end());
        to.setValue(next.start());
        _click(add);
        assertThat(to.getErrorMessage()).isEqualTo("La fin doit venir après le début");

        from.setValue(next.start().minusHours(1));
        to.setValue(next.end().plusHours(1));
        _click(add);
        _click(_get(Button.class, spec -> spec.withText("Enregistrer les disponibilités")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("availability-conflicts")).getText())
                .startsWith("Vos nouvelles disponibilités ne couvrent plus ").contains(next.title() + " "
                        + DateStyle.when(next.start(), next.end(), Locale.CANADA_FRENCH))
                .contains("L'équipe de planification est prévenue", "Mes quarts");
        assertThat(notifications()).contains("Vos disponibilités sont enregistrées")
                .anySatisfy(text -> assertThat(text).startsWith("Enregistré. ").contains("de vos quarts ne conv"));
    }

    /** Signs in again as {@code username}, whose account now reads French, and sets it back after the test. */
    private void readsInFrench(String username) {
        String before = jdbc.queryForObject("select preferred_language from user_account where username = ?",
                String.class, username);
        restoreLanguage = () -> jdbc.update("update user_account set preferred_language = ? where username = ?",
                before, username);
        jdbc.update("update user_account set preferred_language = 'fr' where username = ?", username);
        signInOnANewPage(username);
    }

    private Runnable restoreLanguage = () -> { };

    @AfterEach
    void setTheLanguageBack() {
        restoreLanguage.run();
    }

    private static Component parentOf(Component child) {
        return child.getParent().orElseThrow();
    }
}
