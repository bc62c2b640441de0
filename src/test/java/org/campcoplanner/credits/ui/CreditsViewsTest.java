package org.campcoplanner.credits.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import org.campcoplanner.H2Test;
import org.campcoplanner.KaribuTest;
import org.campcoplanner.credits.CheckInSession;
import org.campcoplanner.credits.TimeCredits;
import org.campcoplanner.demo.DemoCamp;
import org.campcoplanner.shifts.MyShift;
import org.campcoplanner.shifts.MyShiftsService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The demo leader checks people in on site; the demo volunteer reads their credits and statement. */
@H2Test
class CreditsViewsTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MyShiftsService shifts;
    @Autowired
    TimeCredits credits;
    @Autowired
    Clock clock;

    @Override
    protected String signedInAs() {
        return "leader";
    }

    @Test
    @SuppressWarnings("unchecked")
    void theLeaderChecksSomeoneInOnceAndTheyEarnCredits() {
        long campId = jdbc.queryForObject("select id from camp where name = ?", Long.class, DemoCamp.NAME);
        UI.getCurrent().navigate(CheckInView.class, campId);
        Select<CheckInSession> session = _get(Select.class, spec -> spec.withId("check-in-session"));
        CheckInSession started = session.getListDataView().getItems()
                .filter(s -> s.start().isBefore(LocalDateTime.of(2026, 7, 22, 12, 0))).findFirst().orElseThrow();
        session.setValue(started);
        int before = _find(Button.class, spec -> spec.withClasses("check-in")).size();

        String leaderName = jdbc.queryForObject("select display_name from user_account where username = 'leader'",
                String.class);
        // someone else on site confirms the leader's own attendance, so the leader checks in another person
        _click(_find(Button.class, spec -> spec.withClasses("check-in")).stream()
                .filter(here -> !here.getParent().orElseThrow().getElement().getOuterHTML().contains(leaderName))
                .findFirst().orElseThrow());

        assertThat(notifications()).anyMatch(text -> text.endsWith("is checked in."));
        assertThat(_find(Button.class, spec -> spec.withClasses("check-in"))).hasSize(before - 1);
        assertThat(_find(Div.class, spec -> spec.withClasses("shift-card")))
                .anyMatch(card -> card.getElement().getOuterHTML().contains("Here, confirmed by"));
        assertThat(jdbc.queryForObject("select count(*) from attendance where camp_id = ? and session_id = ?",
                Integer.class, campId, started.id())).isEqualTo(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theSiteLeadSeesEmergencyContactsOnlyForASessionNotYetOver() {
        long campId = jdbc.queryForObject("select id from camp where name = ?", Long.class, DemoCamp.NAME);
        jdbc.update("insert into emergency_contact (person_id, name, phone) select id, 'Family of ' || name, '519-555-0100' "
                + "from person p where camp_id = ? and not exists (select 1 from emergency_contact e where e.person_id = p.id)",
                campId);
        LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneId.of("America/Toronto")));
        UI.getCurrent().navigate(CheckInView.class, campId);
        Select<CheckInSession> session = _get(Select.class, spec -> spec.withId("check-in-session"));

        session.setValue(session.getListDataView().getItems().filter(s -> s.end().isAfter(now)).findFirst().orElseThrow());
        assertThat(_find(Anchor.class)).extracting(Anchor::getText).anyMatch(text -> text.startsWith("In an emergency: Family of "));

        session.getListDataView().getItems().filter(s -> !s.end().isAfter(now)).findFirst().ifPresent(ended -> {
            session.setValue(ended);
            assertThat(_find(Anchor.class)).extracting(Anchor::getText).noneMatch(text -> text.startsWith("In an emergency"));
        });
        jdbc.update("delete from emergency_contact where person_id in (select id from person where camp_id = ?)", campId);
    }

    @Test
    void aLeaderSeesTheHoursStaffConfirmedInTheLedgerAndAPrintableStatement() {
        MyShift pastShift = shifts.mine().orElseThrow().past().get(0);
        String planId = jdbc.queryForObject("select p.external_id from person p join user_account a on a.person_id = p.id "
                + "where a.username = 'leader'", String.class);
        login("staff");
        credits.confirm(pastShift.campId(), pastShift.sessionId(), planId);

        login("leader");
        UI.getCurrent().navigate(MyCreditsView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("credit-balance")).getText()).startsWith("Balance: ")
                .doesNotStartWith("Balance: 0 credits");

        UI.getCurrent().navigate(HoursStatementView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("statement-name")).getText()).startsWith("Volunteer: ");
        assertThat(_get(NativeTable.class, spec -> spec.withId("statement-hours")).getBody().getRowCount())
                .isGreaterThanOrEqualTo(1);
        assertThat(_get(Paragraph.class, spec -> spec.withId("statement-camp")).getText())
                .isEqualTo("Camp: " + DemoCamp.NAME + ", planned and run together by Brant Avenue residents and city staff");
        assertThat(_get(Anchor.class, spec -> spec.withId("statement-back")).getHref()).isEqualTo("my-credits");
        assertThat(_get(Anchor.class, spec -> spec.withId("statement-pdf")).getHref()).isEqualTo("export/my-statement.pdf");
        assertThat(_get(Paragraph.class, spec -> spec.withId("statement-total")).getText()).startsWith("Total: ")
                .doesNotStartWith("Total: 0.00");
    }

    @Test
    void aFrenchReaderReadsTheirCreditsAndStatementInFrench() {
        MyShift pastShift = shifts.mine().orElseThrow().past().get(0);
        String planId = jdbc.queryForObject("select p.external_id from person p join user_account a on a.person_id = p.id "
                + "where a.username = 'leader'", String.class);
        login("staff");
        credits.confirm(pastShift.campId(), pastShift.sessionId(), planId);
        login("leader");
        UI.getCurrent().setLocale(Locale.CANADA_FRENCH);

        UI.getCurrent().navigate(MyCreditsView.class);
        assertThat(_get(MyCreditsView.class).getPageTitle()).isEqualTo("Mes crédits de temps | Camp co-planner");
        assertThat(_get(H2.class).getText()).isEqualTo("Mes crédits de temps");
        assertThat(_find(H3.class).stream().map(H3::getText)).containsExactly("Gagnés", "Utilisés");
        assertThat(_get(Paragraph.class, spec -> spec.withId("credit-balance")).getText()).startsWith("Solde : ")
                .contains("crédit", "gagnés : ", "utilisés : ").doesNotContain("credits");
        assertThat(_find(Div.class, spec -> spec.withClasses("shift-card")))
                .anyMatch(line -> line.getElement().getTextRecursively().contains(", confirmé par "));
        assertThat(_get(Anchor.class, spec -> spec.withId("open-statement")).getText())
                .isEqualTo("Attestation des heures d'engagement communautaire (à imprimer)");

        UI.getCurrent().navigate(HoursStatementView.class);
        assertThat(_get(HoursStatementView.class).getPageTitle())
                .isEqualTo("Heures d'engagement communautaire | Camp co-planner");
        assertThat(_get(H2.class).getText()).isEqualTo("Attestation des heures d'engagement communautaire");
        assertThat(_get(Paragraph.class, spec -> spec.withId("statement-name")).getText()).startsWith("Bénévole : ");
        assertThat(_get(Paragraph.class, spec -> spec.withId("statement-camp")).getText()).isEqualTo("Camp : "
                + DemoCamp.NAME + ", planifié et animé ensemble par des résidents de Brant Avenue et le personnel de la Ville");
        assertThat(_get(Paragraph.class, spec -> spec.withId("statement-total")).getText()).startsWith("Total : ")
                .contains(" heures, chacune confirmée sur place");
        NativeTable table = _get(NativeTable.class, spec -> spec.withId("statement-hours"));
        assertThat(table.getHead().getRow(0).orElseThrow().getElement().getTextRecursively())
                .isEqualTo("DateHeureActivitéHeuresConfirmé par");
        assertThat(table.getBody().getRow(0).orElseThrow().getElement().getTextRecursively()).matches(
                "(lun|mar|mer|jeu|ven|sam|dim)\\. .*\\d+,\\d\\d.*");
        assertThat(_get(Button.class, spec -> spec.withText("Imprimer"))).isNotNull();
        assertThat(_get(Anchor.class, spec -> spec.withId("statement-pdf")).getText()).isEqualTo("Télécharger en PDF");
        assertThat(_get(Anchor.class, spec -> spec.withId("statement-back")).getText())
                .isEqualTo("Retour à mes crédits de temps");
    }

}
