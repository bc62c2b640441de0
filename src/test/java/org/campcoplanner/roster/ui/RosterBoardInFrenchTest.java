package org.campcoplanner.roster.ui;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import org.campcoplanner.H2Test;
import org.campcoplanner.KaribuTest;
import org.campcoplanner.account.AccountService;
import org.campcoplanner.camp.CampPlanService;
import org.campcoplanner.planning.format.TestPlans;
import org.campcoplanner.roster.RosterWorkspace;
import org.campcoplanner.roster.SeatKey;
import org.campcoplanner.security.SystemActor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The roster board of a planner who reads French: its headings, buttons, rules and sentences in French. */
@H2Test
class RosterBoardInFrenchTest extends KaribuTest {

    private static final Object ANOTHER_PLANNER = new Object();

    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CampPlanService campPlans;
    @Autowired
    RosterWorkspace workspace;

    private final String username = "planificatrice-" + System.nanoTime();
    private long campId;

    @Override
    protected String signedInAs() {
        SystemActor.run(() -> accounts.createAdminAsOperator(username, "a long password"));
        return null;
    }

    @BeforeEach
    void openTheBoardInFrench() {
        jdbc.update("update user_account set preferred_language = 'fr' where username = ?", username);
        signInOnANewPage(username);
        campId = campPlans.importPlan(TestPlans.read(TestPlans.SMALL_CAMP));
        UI.getCurrent().navigate(RosterBoardView.class, campId);
    }

    @Test
    void headingsButtonsAndTheScoreAreInFrench() {
        assertThat(_get(H2.class, spec -> spec.withText("Horaire"))).isNotNull();
        assertThat(_get(Anchor.class, spec -> spec.withId("board-sign-off")).getText()).isEqualTo("Signature");
        assertThat(_get(Button.class, spec -> spec.withId("solve")).getText()).isEqualTo("Calculer");
        assertThat(_get(Button.class, spec -> spec.withId("stop-solving")).getText()).isEqualTo("Arrêter");
        assertThat(_get(IntegerField.class).getLabel()).isEqualTo("Secondes au plus");
        assertThat(_get(H3.class, spec -> spec.withText("Règles"))).isNotNull();
        assertThat(_get(Span.class, spec -> spec.withId("roster-score")).getText())
                .matches("Aucune règle enfreinte\\. \\d+ places vides\\.");
        assertThat(_find(Details.class, spec -> spec.withClasses("roster-rule"))).extracting(Details::getSummaryText)
                .contains("Chaque place pourvue : 50 places vides");
    }

    @Test
    void aBrokenRuleIsSaidInFrench() {
        workspace.assign(campId, new SeatKey("s6", "Lead", 1), "p2", true, -1, ANOTHER_PLANNER);
        MockVaadin.clientRoundtrip();

        assertThat(_get(Span.class, spec -> spec.withId("roster-score")).getText())
                .startsWith("2 règles strictes enfreintes : Seulement quand disponible, Sécurité des enfants.");
        assertThat(_find(Details.class, spec -> spec.withClasses("roster-rule-hard"))).extracting(Details::getSummaryText)
                .contains("Seulement quand disponible : 1 place occupée par quelqu'un qui n'est pas disponible à ce moment");
        assertThat(_find(NativeButton.class, spec -> spec.withClasses("roster-breach"))).extracting(NativeButton::getText)
                .contains(
                "Xavier Okafor a signalé une absence (mer. 8 juill. – ven. 10 juill.), mais occupe une place à Morning music "
                        + "le mer. 8 juill.");
        assertThat(_get(NativeButton.class, spec -> spec.withId(SessionCard.seatId(new SeatKey("s6", "Lead", 1))))
                .getText()).isEqualTo("Lead 1 : Xavier Okafor (épinglée)");
    }

    @Test
    void theSeatPanelNamesTheSessionAndItsCandidatesInFrench() {
        NativeButton seat = _get(NativeButton.class, spec -> spec.withId(SessionCard.seatId(new SeatKey("s1", "Lead", 1))));
        ComponentUtil.fireEvent(seat, new ClickEvent<>(seat));

        assertThat(_get(H3.class, spec -> spec.withId("seat-panel-title")).getText())
                .isEqualTo("Morning sports, lun. 6 juill. 09:00–12:00");
        assertThat(_get(Button.class, spec -> spec.withId("seat-panel-close")).getText()).isEqualTo("Fermer");
        assertThat(_find(Span.class, spec -> spec.withClasses("roster-candidate-gain"))).isNotEmpty()
                .allSatisfy(gain -> assertThat(gain.getText())
                        .matches(".*(aucune règle enfreinte|la séance a encore besoin d'un deuxième adulte vérifié)$"));
        assertThat(_get(Details.class, spec -> spec.withId("who-cannot")).getSummaryText()).startsWith("Qui ne peut pas, et pourquoi (");
    }
}
