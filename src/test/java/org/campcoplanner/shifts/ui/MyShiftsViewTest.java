package org.campcoplanner.shifts.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.campcoplanner.H2Test;
import org.campcoplanner.KaribuTest;
import org.campcoplanner.demo.DemoCamp;
import org.campcoplanner.signoff.SeatChange;
import org.campcoplanner.signoff.ui.SignOffView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo volunteer on their phone: their published shifts as one column of cards, hours this
 * week, the calendar link, and "I can't make it", which planners then re-plan.
 */
@H2Test
class MyShiftsViewTest extends KaribuTest {

    /** A plan's id for a session or person, such as s12 or p-3, which no page should show. */
    private static final String PLAN_ID = "\\b[sp]-?\\d+\\b";

    @Autowired
    JdbcTemplate jdbc;

    @Override
    protected String signedInAs() {
        return "volunteer";
    }

    @Test
    void theShiftsAreCardsInOneColumnWithTheWeeksHoursAndACalendarLink() {
        UI.getCurrent().navigate(MyShiftsView.class);

        MyShiftsView view = _get(MyShiftsView.class);
        // phone-first: one column of full-width cards, nothing laid out side by side or in a grid
        assertThat(view.getClassNames()).contains("phone-page");
        assertThat(_find(Grid.class)).isEmpty();
        assertThat(upcoming()).isNotEmpty().allSatisfy(card -> assertThat(card.getElement().getText()
                + card.getElement().getOuterHTML()).contains("shift-when").contains("shift-where"));
        assertThat(_get(Paragraph.class, spec -> spec.withId("week-hours")).getText()).startsWith("This week: ");
        assertThat(_get(TextField.class, spec -> spec.withId("calendar-url")).getValue())
                .matches("https?://.+/calendar/[A-Za-z0-9_-]{43}\\.ics");
    }

    @Test
    void aVolunteerSaysTheyCantMakeAShiftAndAPlannerReplansIt() {
        UI.getCurrent().navigate(MyShiftsView.class);
        int before = upcoming().size();

        _click(_find(Button.class, spec -> spec.withClasses("cannot-make-it")).get(0));
        _click(_get(Button.class, spec -> spec.withId("withdraw-send")));
        assertThat(_get(TextArea.class, spec -> spec.withId("withdraw-reason")).isInvalid()).isTrue();
        _get(TextArea.class, spec -> spec.withId("withdraw-reason")).setValue("My sister's wedding");
        _click(_get(Button.class, spec -> spec.withId("withdraw-send")));

        assertThat(notifications()).anyMatch(text -> text.startsWith("Thanks for telling us."));
        assertThat(upcoming()).hasSize(before);
        assertThat(_find(Div.class, spec -> spec.withClasses("shift-card"))).anySatisfy(card ->
                assertThat(card.getElement().getOuterHTML()).contains("You said you can't make it"));

        long campId = jdbc.queryForObject("select id from camp where name = ?", Long.class, DemoCamp.NAME);
        for (String planner : List.of("leader", "staff")) {
            assertThat(jdbc.queryForList("select n.link from notification n join user_account a on a.id = n.account_id "
                    + "where a.username = ? and n.body like '%My sister''s wedding%'", String.class, planner))
                    .containsExactly("requests/" + campId);
        }
        String name = jdbc.queryForObject("select p.name from person p join user_account a on a.person_id = p.id "
                + "where a.username = 'volunteer'", String.class);
        String title = jdbc.queryForObject("select s.title from withdrawal w join camp_session s "
                + "on s.camp_id = w.camp_id and s.external_id = w.session_id where w.camp_id = ? order by w.id desc "
                + "limit 1", String.class, campId);
        assertThat(lastAuditSubject(campId, "SHIFT_WITHDRAWN")).startsWith(name + " can't make ").contains(" in " + title + ", ")
                .doesNotContainPattern(PLAN_ID);
        login("leader");
        UI.getCurrent().navigate(RequestsView.class, campId);
        assertThat(_find(Div.class, spec -> spec.withClasses("shift-card")).get(0).getElement().getTextRecursively())
                .contains(name + " can't make ").contains(" in " + title + ", ").doesNotContainPattern(PLAN_ID);
        _click(_find(Button.class, spec -> spec.withClasses("replan")).get(0));

        // the re-plan may fill the demo's open seats too, so other seats can change
        assertThat(notifications()).anyMatch(text -> text.startsWith("The seat is filled; "));
        assertThat(lastAuditSubject(campId, "REPLANNED")).startsWith("Re-planned after " + name + " withdrew from ")
                .contains(" in " + title + ", ").doesNotContainPattern(PLAN_ID);
        assertThat(_find(Button.class, spec -> spec.withClasses("replan"))).isEmpty();
        UI.getCurrent().navigate(SignOffView.class, campId);
        assertThat(_get(Paragraph.class, spec -> spec.withId("sign-off-stage")).getText())
                .isEqualTo("Revision 1 is published; the draft has changed since.");
        @SuppressWarnings("unchecked")
        Grid<SeatChange> changes = _get(Grid.class, spec -> spec.withId("draft-diff"));
        String volunteer = jdbc.queryForObject("select p.external_id from person p join user_account a "
                + "on a.person_id = p.id where a.username = 'volunteer'", String.class);
        assertThat(_findAll(changes)).filteredOn(change -> volunteer.equals(change.outId())).singleElement()
                .satisfies(change -> assertThat(change.inId()).isNotNull().isNotEqualTo(volunteer));
    }

    @Test
    void aFrenchReaderReadsTheirShiftsInFrench() {
        UI.getCurrent().setLocale(Locale.CANADA_FRENCH);
        UI.getCurrent().navigate(MyShiftsView.class);

        assertThat(_get(MyShiftsView.class).getPageTitle()).isEqualTo("Mes quarts | Camp co-planner");
        assertThat(_get(H2.class).getText()).isEqualTo("Mes quarts");
        assertThat(_find(H3.class).stream().map(H3::getText)).contains("À venir", "Dans votre calendrier");
        assertThat(_get(Paragraph.class, spec -> spec.withId("week-hours")).getText()).startsWith("Cette semaine : ")
                .contains(" h").doesNotContain("This week");
        assertThat(_find(Anchor.class).stream().map(Anchor::getText))
                .contains("Tenir mes disponibilités à jour", "Mes crédits de temps");
        assertThat(_get(Button.class, spec -> spec.withId("calendar-renew")).getText()).isEqualTo("Créer un nouveau lien");
        assertThat(_get(TextField.class, spec -> spec.withId("calendar-url")).getLabel())
                .isEqualTo("Le lien de votre calendrier");
        assertThat(_find(Details.class, spec -> spec.withId("past-shifts")))
                .allSatisfy(past -> assertThat(past.getSummaryText()).startsWith("Quarts passés ("));
        List<Button> cannot = _find(Button.class, spec -> spec.withClasses("cannot-make-it"));
        assertThat(cannot).isNotEmpty().allSatisfy(button -> assertThat(button.getText()).isEqualTo("Je ne peux pas venir"));
        assertThat(_find(Div.class, spec -> spec.withClasses("shift-card")).get(0).getElement().getTextRecursively())
                .containsPattern("(lun|mar|mer|jeu|ven|sam|dim)\\. \\d{1,2} ");

        _click(cannot.get(0));
        Dialog dialog = _get(Dialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo("Vous ne pouvez pas venir?");
        assertThat(_get(TextArea.class, spec -> spec.withId("withdraw-reason")).getLabel())
                .isEqualTo("Pourquoi, en quelques mots");
        assertThat(_get(Button.class, spec -> spec.withId("withdraw-send")).getText()).isEqualTo("Prévenir l'équipe de planification");
        _click(_get(Button.class, spec -> spec.withText("Annuler")));
        assertThat(dialog.isOpened()).isFalse();
    }

    private String lastAuditSubject(long campId, String action) {
        return jdbc.queryForObject("select subject from audit_event where camp_id = ? and action = ? order by id desc "
                + "limit 1", String.class, campId, action);
    }

    private static List<Div> upcoming() {
        return _find(Div.class, spec -> spec.withClasses("shift-card")).stream()
                .filter(card -> card.getElement().getOuterHTML().contains("cannot-make-it")
                        || card.getElement().getOuterHTML().contains("can't make it"))
                .toList();
    }

}
