package org.campcoplanner.roster.api;

import org.springframework.security.test.context.support.WithMockUser;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.campcoplanner.PostgresTest;
import org.campcoplanner.planning.format.CampPlan;
import org.campcoplanner.planning.format.PlanLimits;
import org.campcoplanner.planning.format.PlanReader;
import org.campcoplanner.planning.format.PlanWriter;
import org.campcoplanner.planning.generator.CampGenerator;
import org.campcoplanner.planning.generator.CampSize;
import org.campcoplanner.planning.format.TestPlans;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.time.Duration;

import static org.hamcrest.Matchers.startsWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PostgresTest
@WithMockUser(roles = "ADMIN")
class SolveControllerTest {

    /** A request ends by clearing the thread's security context: a test's further requests sign in themselves. */
    private static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

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
    void aHugeSeatCountIsRefusedWithItsPathInUnderASecond() throws Exception {
        String huge = TestPlans.changed(TestPlans.SMALL_CAMP,
                d -> TestPlans.at(d, "/sessions/0/seats/0").put("count", 2_000_000));

        long started = System.nanoTime();
        mvc.perform(post("/api/solve").param("seconds", "5").contentType(MediaType.APPLICATION_JSON).content(huge))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$[0].path").value("$.sessions[0].seats[0].count"))
                .andExpect(jsonPath("$[0].message").value("must be at most " + PlanLimits.MAX_SEATS_PER_LINE));

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void theAnswerComesWithinTheSecondsAskedForReadingAndBuildingIncluded() throws Exception {
        String camp = new PlanWriter().write(new CampGenerator().generate(CampSize.M, 2026));

        long started = System.nanoTime();
        String body = mvc.perform(post("/api/solve").param("seconds", "2")
                        .contentType(MediaType.APPLICATION_JSON).content(camp))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        // two seconds of solving, and a little for MockMvc and writing the answer
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(3_500));
        assertThat(new PlanReader().read(body).score()).isNotNull();
    }

    @Test
    void aRequestBodyOverTheLimitIsRefusedBeforeItIsRead() throws Exception {
        byte[] tooBig = new byte[PlanLimits.MAX_DOCUMENT_BYTES + 1];
        java.util.Arrays.fill(tooBig, (byte) ' ');

        mvc.perform(post("/api/solve").contentType(MediaType.APPLICATION_JSON).content(tooBig))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("10 MB")));
    }

    @Test
    void anUnreasonableTimeLimitIsRefused() throws Exception {
        mvc.perform(post("/api/solve").param("seconds", "100000")
                        .contentType(MediaType.APPLICATION_JSON).content(TestPlans.read(TestPlans.SMALL_CAMP)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$[0].path").value("seconds"))
                .andExpect(jsonPath("$[0].message").value("must be from 1 to 300, not 100000"));
        mvc.perform(post("/api/solve").param("seconds", "100000").header("Accept-Language", "fr-CA").with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON).content(TestPlans.read(TestPlans.SMALL_CAMP)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$[0].message").value("doit aller de 1 à 300, pas 100000"));
        mvc.perform(post("/api/solve").param("seconds", "soon").header("Accept-Language", "fr-CA").with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON).content(TestPlans.read(TestPlans.SMALL_CAMP)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$[0].path").value("seconds"))
                .andExpect(jsonPath("$[0].message").value(startsWith("doit être")));
    }

    @Test
    void anUploadedPlansProblemsAreSaidInTheCallersLanguage() throws Exception {
        String huge = TestPlans.changed(TestPlans.SMALL_CAMP,
                d -> TestPlans.at(d, "/sessions/0/seats/0").put("count", 2_000_000));

        mvc.perform(post("/api/solve").param("seconds", "5").header("Accept-Language", "fr-CA,fr;q=0.9,en;q=0.5")
                        .contentType(MediaType.APPLICATION_JSON).content(huge))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$[0].path").value("$.sessions[0].seats[0].count"))
                .andExpect(jsonPath("$[0].message").value("doit être au plus " + PlanLimits.MAX_SEATS_PER_LINE));
    }
}
