package org.campcoplanner.signoff.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import org.campcoplanner.H2Test;
import org.campcoplanner.KaribuTest;
import org.campcoplanner.account.AccountService;
import org.campcoplanner.account.NewAccount;
import org.campcoplanner.account.Role;
import org.campcoplanner.camp.CampPlanService;
import org.campcoplanner.roster.DraftRosterService;
import org.campcoplanner.signoff.SolvedSmallCamp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The sign-off page of a leader who reads French, and of one who reads English: the draft's score in plain words. */
@H2Test
class SignOffInFrenchTest extends KaribuTest {

    @Autowired
    CampPlanService campPlans;
    @Autowired
    AccountService accounts;
    @Autowired
    DraftRosterService drafts;
    @Autowired
    JdbcTemplate jdbc;

    private long campId;
    private String leader;

    @BeforeEach
    void aSolvedCampAndItsLeader() {
        campId = campPlans.importPlan(SolvedSmallCamp.plan());
        leader = "responsable-" + Long.toString(System.nanoTime(), 36);
        accounts.create(new NewAccount(leader, "Léa", Role.LEADER, "long enough", Set.of(campId), null));
    }

    @Test
    void aFrenchReaderSeesThePageAndTheDraftInFrench() {
        readsIn("fr");

        UI.getCurrent().navigate(SignOffView.class, campId);

        assertThat(_get(H2.class).getText()).isEqualTo("Signature");
        assertThat(_get(Paragraph.class, spec -> spec.withId("sign-off-stage")).getText())
                .isEqualTo("Rien n'est encore publié. L'horaire est une ébauche.");
        assertThat(_find(H3.class)).extracting(H3::getText).contains("L'ébauche", "Révisions");
        assertThat(_get(Paragraph.class, spec -> spec.withId("draft-score")).getText())
                .isEqualTo("Aucune règle enfreinte. Toutes les places sont pourvues.");
        assertThat(_get(Button.class, spec -> spec.withId("propose")).getText()).isEqualTo("Signer et proposer l'ébauche");
    }

    @Test
    void aFrenchReaderIsToldInFrenchWhichRuleStopsTheSignature() {
        SolvedSmallCamp.DoubleBooking twice = SolvedSmallCamp.doubleBooking();
        drafts.assign(campId, twice.seat(), twice.person(), false, drafts.snapshot(campId).get(twice.seat()).version());
        readsIn("fr");

        UI.getCurrent().navigate(SignOffView.class, campId);

        assertThat(_get(Paragraph.class, spec -> spec.withId("draft-hard-breaks")).getText())
                .startsWith("1 règle stricte enfreinte : Un seul endroit à la fois.")
                .endsWith("Corrigez-les sur le tableau de l'horaire avant que quiconque puisse signer :");
        assertThat(_find(ListItem.class)).extracting(ListItem::getText)
                .anySatisfy(sentence -> assertThat(sentence).contains(" occupe une place à ").contains(" le lun. "));
    }

    @Test
    void anEnglishReaderSeesTheDraftsScoreInPlainWords() {
        readsIn("en");

        UI.getCurrent().navigate(SignOffView.class, campId);

        assertThat(_get(Paragraph.class, spec -> spec.withId("draft-score")).getText())
                .isEqualTo("No rule broken. Every seat is filled.")
                .doesNotContain("hard/", "Score");
    }

    private void readsIn(String language) {
        jdbc.update("update user_account set preferred_language = ? where username = ?", language, leader);
        signInOnANewPage(leader);
    }
}
