package org.campcoplanner.base.api;

import org.campcoplanner.PostgresTest;
import org.campcoplanner.planning.format.PlanReader;
import org.campcoplanner.planning.format.TestPlans;
import org.campcoplanner.signoff.CampTeam;
import org.campcoplanner.signoff.CampTeams;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Calls the API does not have, camps that do not exist and accounts that are no person: each
 * answers a status that says so with {@code {"message"}}, never the web app's page with 200.
 */
@PostgresTest
class UnknownCallsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    CampTeams teams;
    @Autowired
    JdbcTemplate jdbc;

    private CampTeam team;

    @BeforeEach
    void aCamp() {
        team = teams.of(new PlanReader().read(TestPlans.read(TestPlans.SMALL_CAMP)));
    }

    @Test
    void anUnknownPathUnderTheApiAnswers404WithAMessage() throws Exception {
        mvc.perform(get("/api/nothing-here").with(admin()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.message").value("There is no API call GET /api/nothing-here"));
        mvc.perform(post("/api/camps/" + team.campId() + "/publish-everything").with(admin()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.message").value(containsString("There is no API call POST")));
        mvc.perform(get("/api").with(admin())).andExpect(status().isNotFound());
    }

    @Test
    void anUnknownPathIsAnsweredInTheCallersLanguage() throws Exception {
        mvc.perform(get("/api/nothing-here").with(admin()).header("Accept-Language", "fr-CA"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.message").value("L'API n'a pas d'appel GET /api/nothing-here"));
        mvc.perform(get("/api/camps/999999999/solve").with(admin()).header("Accept-Language", "fr-CA,en;q=0.5"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.message").value("Aucun camp n'a l'identifiant 999999999"));
    }

    @Test
    void aMethodAPathDoesNotTakeAnswers405NamingTheOnesItTakes() throws Exception {
        mvc.perform(put("/api/camps/" + team.campId() + "/solve").with(admin()))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(header().string("Allow", containsString("POST")))
                .andExpect(jsonPath("$.message").value(containsString("does not take PUT; it takes DELETE, GET, POST")));
        mvc.perform(delete("/api/camps").with(admin()))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON));
    }

    @Test
    void theCallsThatExistStillAnswer() throws Exception {
        mvc.perform(get("/api/camps").with(admin())).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON));
        mvc.perform(get("/api/camps/" + team.campId() + "/revisions").with(admin()))
                .andExpect(status().isOk()).andExpect(content().json("[]"));
        mvc.perform(get("/api/nothing-here")).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.message").exists());
    }

    @Test
    void aCampThatDoesNotExistAnswers404OnEveryCall() throws Exception {
        for (String call : new String[] {"/revisions", "/roster", "/plan", "/solve"}) {
            mvc.perform(get("/api/camps/999999999" + call).with(admin()))
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.message").value(containsString("999999999")));
        }
    }

    @Test
    void anAccountThatIsNoPersonCannotMintACalendarSecret() throws Exception {
        mvc.perform(get("/api/me/calendar-url").with(admin()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.message").value(containsString("not a person of a camp")));
        mvc.perform(post("/api/me/calendar-url").with(admin())).andExpect(status().isNotFound());

        assertThat(jdbc.queryForObject("select calendar_token from user_account where username = ?", String.class,
                team.admin())).isNull();
    }

    private RequestPostProcessor admin() {
        return httpBasic(team.admin(), "admin password");
    }
}
