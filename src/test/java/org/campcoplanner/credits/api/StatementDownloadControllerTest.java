package org.campcoplanner.credits.api;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.campcoplanner.Actors;
import org.campcoplanner.PostgresTest;
import org.campcoplanner.account.AccountService;
import org.campcoplanner.account.NewAccount;
import org.campcoplanner.account.Role;
import org.campcoplanner.planning.format.CampPlan;
import org.campcoplanner.signoff.CampTeam;
import org.campcoplanner.signoff.CampTeams;
import org.campcoplanner.signoff.SolvedSmallCamp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The downloaded statement of hours speaks the account's language, else the first of the browser's the app speaks. */
@PostgresTest
class StatementDownloadControllerTest {

    @Autowired
    StatementDownloadController controller;
    @Autowired
    AccountService accounts;
    @Autowired
    CampTeams teams;
    @Autowired
    JdbcTemplate jdbc;

    private Actors actors;
    private String volunteer;

    @BeforeEach
    void aVolunteerOfAPublishedCamp() {
        actors = teams.actors();
        CampPlan plan = SolvedSmallCamp.plan();
        CampTeam team = teams.published(plan);
        volunteer = "statement-" + team.leader();
        long personId = jdbc.queryForObject("select id from person where camp_id = ? and external_id = ?", Long.class,
                team.campId(), plan.people().get(0).id());
        actors.run(team.admin(), () -> accounts.create(
                new NewAccount(volunteer, "Val", Role.VOLUNTEER, "long enough", Set.of(), personId)));
    }

    @Test
    void anAccountWithoutALanguageGetsTheBrowsersFirstSpokenOne() throws Exception {
        language(null);

        ResponseEntity<byte[]> french = downloaded("de-DE,fr-CA;q=0.8,en;q=0.5");

        assertThat(text(french)).contains("Attestation des heures d'engagement communautaire", "Bénévole : ")
                .doesNotContain("Statement of");
        assertThat(french.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .contains("heures-engagement-communautaire.pdf");
        assertThat(text(downloaded("de-DE"))).contains("Statement of community-involvement hours", "Volunteer: ");
    }

    @Test
    void theAccountsLanguageComesBeforeTheBrowsers() throws Exception {
        language("en");
        assertThat(text(downloaded("fr-CA"))).contains("Statement of community-involvement hours");

        language("fr");
        assertThat(text(downloaded("en-CA"))).contains("Attestation des heures d'engagement communautaire");
    }

    private void language(String tag) {
        jdbc.update("update user_account set preferred_language = ? where username = ?", tag, volunteer);
    }

    private ResponseEntity<byte[]> downloaded(String acceptLanguage) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/export/my-statement.pdf");
        request.addHeader("Accept-Language", acceptLanguage);
        return actors.as(volunteer, () -> controller.download(request));
    }

    private static String text(ResponseEntity<byte[]> pdf) throws Exception {
        return new PdfTextExtractor(new PdfReader(pdf.getBody())).getTextFromPage(1);
    }
}
