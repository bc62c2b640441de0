package org.campcoplanner.camp.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import org.campcoplanner.H2Test;
import org.campcoplanner.KaribuTest;
import org.campcoplanner.camp.CampPlanService;
import org.campcoplanner.camp.CampSummary;
import org.campcoplanner.planning.format.PlanWriter;
import org.campcoplanner.planning.format.TestPlans;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** A planner uploads a camp plan file on the camps list. */
@H2Test
class PlanImportTest extends KaribuTest {

    @Autowired
    CampPlanService campPlans;

    @Test
    void aValidFileBecomesANewCampAndOpensIt() {
        UI.getCurrent().navigate(CampListView.class);
        String plan = TestPlans.read(TestPlans.SMALL_CAMP);
        List<Long> before = campIds();

        _get(PlanImport.class).importPlan("small-camp.json", plan.getBytes(StandardCharsets.UTF_8));

        List<Long> after = campIds();
        assertThat(after).hasSize(before.size() + 1);
        long newCamp = after.stream().filter(id -> !before.contains(id)).findFirst().orElseThrow();
        assertThat(_get(CampView.class)).isNotNull();
        PlanWriter writer = new PlanWriter();
        assertThat(writer.write(campPlans.exportPlan(newCamp)))
                .isEqualTo(writer.write(campPlans.exportPlan(campPlans.importPlan(plan))));
    }

    @Test
    void aBadFileListsEveryProblemAndStoresNothing() {
        UI.getCurrent().navigate(CampListView.class);
        String plan = TestPlans.changed(TestPlans.SMALL_CAMP, d -> {
            TestPlans.at(d, "/sessions/0").put("site", "pool");
            TestPlans.at(d, "/people/3").put("kind", "VISITOR");
        });
        List<Long> before = campIds();

        _get(PlanImport.class).importPlan("bad.json", plan.getBytes(StandardCharsets.UTF_8));

        assertThat(campIds()).isEqualTo(before);
        assertThat(_find(ListItem.class)).extracting(ListItem::getText).contains(
                "$.sessions[0].site: there is no site with id 'pool' in $.sites",
                "$.people[3].kind: must be one of [\"VOLUNTEER\", \"LEADER\", \"STAFF\"]");
        assertThat(_get(CampListView.class)).isNotNull();
    }

    @Test
    void aFrenchReaderReadsEveryProblemInFrench() {
        UI.getCurrent().setLocale(Locale.CANADA_FRENCH);
        UI.getCurrent().navigate(CampListView.class);
        String plan = TestPlans.changed(TestPlans.SMALL_CAMP, d -> {
            TestPlans.at(d, "/sessions/0").put("site", "pool");
            TestPlans.at(d, "/sessions/1").put("children", "many");
            TestPlans.at(d, "/camp").put("colour", "green");
        });
        List<Long> before = campIds();

        _get(PlanImport.class).importPlan("mauvais.json", plan.getBytes(StandardCharsets.UTF_8));

        assertThat(campIds()).isEqualTo(before);
        assertThat(_get(PlanImport.class).problems().getElement().getTextRecursively())
                .startsWith("mauvais.json n'a pas été importé; rien n'a été enregistré. Corrigez ces 3 problèmes");
        assertThat(_find(ListItem.class)).extracting(ListItem::getText).contains(
                "$.sessions[0].site : il n'y a aucun site d'identifiant « pool » dans $.sites",
                "$.sessions[1].children : doit être un nombre entier, pas du texte entre guillemets",
                "$.camp.colour : n'est pas un champ du format de plan de camp à cet endroit (propriété inconnue);"
                        + " vérifiez son orthographe et sa place");
    }

    private List<Long> campIds() {
        return campPlans.listCamps().stream().map(CampSummary::id).toList();
    }
}
