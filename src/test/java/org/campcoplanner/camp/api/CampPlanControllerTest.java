package org.campcoplanner.camp.api;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import org.campcoplanner.PostgresTest;
import org.campcoplanner.camp.CampPlanService;
import org.campcoplanner.camp.StoredRows;
import org.campcoplanner.planning.format.PlanWriter;
import org.campcoplanner.planning.format.TestPlans;
import org.campcoplanner.security.SystemActor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.net.URI;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PostgresTest
class CampPlanControllerTest {

    /** Every request signs in itself, as API clients do. */
    private static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

    @Autowired
    MockMvc mvc;
    @Autowired
    CampPlanService campPlans;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void postingAPlanCreatesACampThatExportsLikeAnyOtherImport() throws Exception {
        String plan = TestPlans.read(TestPlans.SMALL_CAMP);

        MvcResult created = mvc.perform(post("/api/camps").contentType(MediaType.APPLICATION_JSON).content(plan).with(ADMIN))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", matchesPattern(".*/api/camps/\\d+$")))
                .andReturn();
        String location = created.getResponse().getHeader("Location");
        String exported = mvc.perform(get(URI.create(location).getPath() + "/plan").with(ADMIN))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        // a request on this thread ends by clearing the thread's security context, so the service is called as system
        String importedByService = SystemActor.call(() -> new PlanWriter().write(campPlans.exportPlan(campPlans.importPlan(plan))));
        assertThat(exported).isEqualTo(importedByService);
    }

    @Test
    void aBadPlanIsRefusedWithEveryProblemAndNothingStored() throws Exception {
        String plan = TestPlans.changed(TestPlans.SMALL_CAMP, d -> {
            TestPlans.at(d, "/sessions/2").put("end", "2026-07-07T08:00");
            TestPlans.at(d, "/camp").put("timeZone", "Toronto");
        });
        Map<String, Integer> before = StoredRows.count(jdbc);

        mvc.perform(post("/api/camps").contentType(MediaType.APPLICATION_JSON).content(plan).with(ADMIN))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$[*].path", hasItem("$.sessions[2].end")))
                .andExpect(jsonPath("$[*].path", hasItem("$.camp.timeZone")))
                .andExpect(jsonPath("$[0].message").isString());

        assertThat(StoredRows.count(jdbc)).isEqualTo(before);
    }

    @Test
    void theProblemsAreSaidInTheCallersLanguage() throws Exception {
        String plan = TestPlans.changed(TestPlans.SMALL_CAMP, d -> {
            TestPlans.at(d, "/camp").put("timeZone", "Toronto");
            TestPlans.at(d, "/sessions/0").put("site", "pool");
        });
        String timeZone = "$[?(@.path == '$.camp.timeZone')].message";
        String site = "$[?(@.path == '$.sessions[0].site')].message";

        mvc.perform(post("/api/camps").contentType(MediaType.APPLICATION_JSON).content(plan).with(ADMIN))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath(timeZone, contains("'Toronto' is not a known IANA time zone, such as America/Toronto")))
                .andExpect(jsonPath(site, contains("there is no site with id 'pool' in $.sites")));
        mvc.perform(post("/api/camps").contentType(MediaType.APPLICATION_JSON).content(plan).with(ADMIN)
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en-CA"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath(site, contains("there is no site with id 'pool' in $.sites")));
        mvc.perform(post("/api/camps").contentType(MediaType.APPLICATION_JSON).content(plan).with(ADMIN)
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "fr-CA"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$[*].path", hasItem("$.camp.timeZone")))
                .andExpect(jsonPath(timeZone,
                        contains("« Toronto » n'est pas un fuseau horaire IANA connu, comme America/Toronto")))
                .andExpect(jsonPath(site, contains("il n'y a aucun site d'identifiant « pool » dans $.sites")));
    }

    @Test
    void malformedJsonIsAProblemAtTheRoot() throws Exception {
        mvc.perform(post("/api/camps").contentType(MediaType.APPLICATION_JSON).content("{\"formatVersion\": 1,").with(ADMIN))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$[0].path").value("$"));
    }

    @Test
    void anUnknownCampIsNotFound() throws Exception {
        mvc.perform(get("/api/camps/999999999/plan").with(ADMIN))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.message").value("There is no camp with id 999999999"));
    }
}
