package org.campcoplanner.roster.api;

import org.springframework.security.test.context.support.WithMockUser;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.campcoplanner.PostgresTest;
import org.campcoplanner.planning.format.CampPlan;
import org.campcoplanner.planning.format.PlanReader;
import org.campcoplanner.planning.format.TestPlans;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PostgresTest
@WithMockUser(roles = "ADMIN")
class SolveControllerTest {

    @Autowired
    MockMvc mvc;

    @Test
    void aPlanIsSolvedAndReturnedInTheSameFormat() throws Exception {
        String body = mvc.perform(post("/api/solve").param("seconds", "3")
                        .contentType(MediaType.APPLICATION_JSON).content(TestPlans.read(TestPlans.SMALL_CAMP)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        CampPlan solved = new PlanReader().read(body);
        assertThat(solved.assignments()).hasSize(50);
        assertThat(HardMediumSoftLongScore.parseScore(body.replaceAll("(?s).*\"score\" : \"([^\"]+)\".*", "$1"))
                .hardScore()).isZero();
    }

    @Test
    void anInvalidPlanIsRefusedWithItsProblems() throws Exception {
        mvc.perform(post("/api/solve").param("seconds", "3")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"formatVersion\": 2}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$[0].path").value("$.formatVersion"));
    }

    @Test
    void anUnreasonableTimeLimitIsRefused() throws Exception {
        mvc.perform(post("/api/solve").param("seconds", "100000")
                        .contentType(MediaType.APPLICATION_JSON).content(TestPlans.read(TestPlans.SMALL_CAMP)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$[0].path").value("seconds"));
    }
}
