package org.campcoplanner.base.api;

import org.campcoplanner.PostgresTest;
import org.campcoplanner.signoff.CampTeam;
import org.campcoplanner.signoff.CampTeams;
import org.campcoplanner.planning.format.PlanReader;
import org.campcoplanner.planning.format.TestPlans;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** What operators and integrators reach: health for anyone, metrics for admins only, the API's description. */
@PostgresTest
class OperatorsEndpointsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    CampTeams teams;

    @Test
    void healthIsOpenToAnyoneAndReportsTheDatabaseWithoutDetails() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components.db.status").value("UP"))
                .andExpect(jsonPath("$.components.db.details").doesNotExist());
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components.db.status").value("UP"));
    }

    @Test
    void metricsAreRefusedToAnonymousCallersAndToPlannersAndServedToAnAdmin() throws Exception {
        CampTeam team = teams.of(new PlanReader().read(TestPlans.read(TestPlans.SMALL_CAMP)));
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/prometheus").with(httpBasic(team.leader(), "long enough")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/actuator/prometheus").with(httpBasic(team.staff(), "long enough")))
                .andExpect(status().isForbidden());
        // one failed sign-in, so that its counter has counted something
        mvc.perform(get("/api/camps").with(httpBasic(team.leader(), "not the password")))
                .andExpect(status().isUnauthorized());

        mvc.perform(get("/actuator/prometheus").with(httpBasic(team.admin(), "admin password")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("camp_signins_failed_total{application=\"camp-coplanner\",reason=\"wrong-password\"}"),
                        containsString("camp_solves_running"),
                        containsString("camp_solves_queued"),
                        containsString("camp_reminders_sent_total"),
                        containsString("hikaricp_connections_active"),
                        containsString("jvm_memory_used_bytes"))));
    }

    @Test
    void theApiDescribesItselfToAnyoneAndTheDescriptionPageOpens() throws Exception {
        mvc.perform(get("/api/openapi")).andExpect(status().isOk())
                .andExpect(jsonPath("$.openapi").isString())
                .andExpect(jsonPath("$.info.title").value("Camp co-planner API"))
                .andExpect(jsonPath("$.components.securitySchemes.basic.scheme").value("basic"))
                .andExpect(jsonPath("$.paths['/api/camps/{campId}/solve'].post").exists())
                .andExpect(jsonPath("$.paths['/api/camps/{campId}/impact'].get").exists());
        mvc.perform(get("/swagger-ui.html")).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", containsString("/swagger-ui/index.html")));
        mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
    }
}
