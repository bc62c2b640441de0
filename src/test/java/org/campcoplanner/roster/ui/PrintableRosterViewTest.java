package org.campcoplanner.roster.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import org.campcoplanner.H2Test;
import org.campcoplanner.KaribuTest;
import org.campcoplanner.camp.CampPlanService;
import org.campcoplanner.planning.format.TestPlans;
import org.campcoplanner.roster.DraftRosterService;
import org.campcoplanner.roster.SeatKey;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

/** A site lead prints the roster per day and site. */
@H2Test
class PrintableRosterViewTest extends KaribuTest {

    @Autowired
    CampPlanService campPlans;
    @Autowired
    DraftRosterService drafts;

    @Test
    void everySeatIsListedPerDayAndSiteWithWhoSitsThere() {
        long campId = campPlans.importPlan(TestPlans.read(TestPlans.SMALL_CAMP));
        drafts.assign(campId, new SeatKey("s1", "Lead", 1), "p1", false, -1);

        UI.getCurrent().navigate(PrintableRosterView.class, campId);

        assertThat(_find(H3.class)).extracting(H3::getText).startsWith("Monday 6 July").hasSize(6);
        assertThat(_find(H4.class)).extracting(H4::getText).contains("Exhibition Park", "Brant Community Centre");
        assertThat(_find(ListItem.class)).hasSize(50).extracting(ListItem::getText)
                .contains("Lead 1: Noah Smith", "Helper 2: (empty)");
    }

    @Test
    void aFrenchSiteLeadPrintsTheRosterInFrench() {
        long campId = campPlans.importPlan(TestPlans.read(TestPlans.SMALL_CAMP));
        drafts.assign(campId, new SeatKey("s1", "Lead", 1), "p1", false, -1);
        UI.getCurrent().setLocale(Locale.CANADA_FRENCH);

        UI.getCurrent().navigate(PrintableRosterView.class, campId);

        assertThat(_find(H3.class)).extracting(H3::getText).startsWith("lundi 6 juillet");
        assertThat(_find(ListItem.class)).extracting(ListItem::getText).contains("Lead 1 : Noah Smith", "Helper 2 : (vide)");
        assertThat(_find(H2.class)).extracting(H2::getText).anyMatch(text -> text.endsWith(" : horaire"));
    }
}
