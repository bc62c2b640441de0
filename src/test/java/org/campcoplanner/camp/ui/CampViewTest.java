package org.campcoplanner.camp.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.TabSheet;
import org.campcoplanner.H2Test;
import org.campcoplanner.KaribuTest;
import org.campcoplanner.account.AccountService;
import org.campcoplanner.camp.CampPlanService;
import org.campcoplanner.camp.CampSummary;
import org.campcoplanner.demo.DemoCamp;
import org.campcoplanner.planning.format.CampPlan;
import org.campcoplanner.planning.format.TestPlans;
import org.campcoplanner.security.SystemActor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** On a fresh start (embedded H2, demo camp loaded) a planner opens the demo camp and reads its sessions. */
@H2Test
class CampViewTest extends KaribuTest {

    @Autowired
    CampPlanService campPlans;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;

    private CampSummary demoCamp() {
        String name = DemoCamp.plan().camp().name();
        return campPlans.listCamps().stream().filter(camp -> camp.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theDemoCampIsListedAndOpensOnItsSessionsByDay() {
        CampSummary demo = demoCamp();
        UI.getCurrent().navigate(CampListView.class);

        CampListView list = _get(CampListView.class);
        assertThat(list.grid().getListDataView().getItems()).extracting(CampSummary::name).contains(demo.name());

        UI.getCurrent().navigate(CampView.class, demo.id());

        assertThat(_get(H2.class, spec -> spec.withText(demo.name()))).isNotNull();
        CampPlan plan = campPlans.exportPlan(demo.id());
        List<Div> sessionRows = _find(Div.class, spec -> spec.withClasses("camp-session"));
        assertThat(sessionRows).hasSize(plan.sessions().size());
        assertThat(_find(Div.class, spec -> spec.withClasses("camp-day"))).hasSizeGreaterThan(20);        // a camp with a roster needs no next steps
        assertThat(_find(NextSteps.class)).isEmpty();
    }

    @Test
    void eveningAndOvernightSessionsAreMarked() {
        CampSummary demo = demoCamp();

        UI.getCurrent().navigate(CampView.class, demo.id());

        List<Div> overnight = _find(Div.class, spec -> spec.withClasses("camp-session camp-session-overnight"));
        List<Div> evening = _find(Div.class, spec -> spec.withClasses("camp-session camp-session-evening"));
        assertThat(overnight).isNotEmpty();
        assertThat(evening).isNotEmpty();
        assertThat(_find(overnight.get(0), Span.class, spec -> spec.withText("Overnight"))).hasSize(1);
        assertThat(_find(evening.get(0), Span.class, spec -> spec.withText("Evening"))).hasSize(1);
    }

    @Test
    void aFrenchPlannerReadsANewCampsPageInFrench() {
        long campId = campPlans.importPlan(TestPlans.read(TestPlans.SMALL_CAMP));
        CampPlan plan = campPlans.exportPlan(campId);
        String username = "camp-fr-" + System.nanoTime();
        SystemActor.run(() -> accounts.createAdminAsOperator(username, "a long password"));
        jdbc.update("update user_account set preferred_language = 'fr' where username = ?", username);
        signInOnANewPage(username);

        UI.getCurrent().navigate(CampView.class, campId);

        assertThat(_get(Anchor.class, spec -> spec.withId("open-people")).getText()).isEqualTo("Personnes");
        assertThat(_get(H3.class, spec -> spec.withText("Prochaines étapes"))).isNotNull();
        assertThat(_find(_get(NextSteps.class), Span.class)).extracting(Span::getText)
                .contains(" (" + plan.sessions().size() + " séances pour l'instant)");
        assertThat(_get(TabSheet.class).getElement().getTextRecursively()).contains("Séances (" + plan.sessions().size() + ")");
        assertThat(_find(Span.class, spec -> spec.withClasses("camp-session-size"))).extracting(Span::getText)
                .anySatisfy(text -> assertThat(text).matches("\\d+ enfants?( de .+ ans)?, \\d+ places?"));
        assertThat(_find(Span.class, spec -> spec.withClasses("camp-badge"))).extracting(Span::getText)
                .isNotEmpty().allSatisfy(badge -> assertThat(badge).isIn("Soir", "Fin de semaine", "Nuit"));
    }
}
