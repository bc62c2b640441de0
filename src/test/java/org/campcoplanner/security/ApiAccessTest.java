package org.campcoplanner.security;

import org.campcoplanner.H2Test;
import org.campcoplanner.camp.CampPlanService;
import org.campcoplanner.camp.CampSummary;
import org.campcoplanner.demo.DemoCamp;
import org.campcoplanner.planning.format.TestPlans;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The REST API from each role's side, with the demo's accounts over HTTP Basic: what each may
 * call and what each is refused, with 401 without credentials and 403 when not allowed.
 */
@H2Test
@AutoConfigureMockMvc
class ApiAccessTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    CampPlanService campPlans;

    private long demo;
    private long second;

    @BeforeEach
    void findTheDemoCamps() {
        demo = campId(DemoCamp.NAME);
        second = campId(DemoCamp.SECOND_NAME);
    }

    @Test
    void anonymousGetsNothingButHealth() throws Exception {
        mvc.perform(get("/api/camps")).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.message", containsString("HTTP Basic")));
        mvc.perform(get("/api/camps/" + demo + "/roster")).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/camps/" + demo + "/propose")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
    }

    @Test
    void aWrongPasswordIsUnauthorized() throws Exception {
        mvc.perform(get("/api/camps").with(httpBasic("leader", "not the password"))).andExpect(status().isUnauthorized());
    }

    @Test
    void anAdminSeesEveryCampAndMayImport() throws Exception {
        mvc.perform(get("/api/camps").with(as("admin"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == " + demo + ")]", hasSize(1)))
                .andExpect(jsonPath("$[?(@.id == " + second + ")]", hasSize(1)));
        mvc.perform(post("/api/camps").with(as("admin")).contentType(MediaType.APPLICATION_JSON)
                .content(TestPlans.read(TestPlans.SMALL_CAMP))).andExpect(status().isCreated());
    }

    @Test
    void aLeaderPlansTheirCampAndGetsNothingOfAnother() throws Exception {
        mvc.perform(get("/api/camps").with(as("leader"))).andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1))).andExpect(jsonPath("$[0].id").value(demo));
        mvc.perform(get("/api/camps/" + demo + "/plan").with(as("leader"))).andExpect(status().isOk());
        mvc.perform(get("/api/camps/" + demo + "/revisions").with(as("leader"))).andExpect(status().isOk());

        mvc.perform(get("/api/camps/" + second + "/plan").with(as("leader"))).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.message").exists());
        mvc.perform(get("/api/camps/" + second + "/roster").with(as("leader"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/camps/" + second + "/revisions").with(as("leader"))).andExpect(status().isForbidden());
        mvc.perform(post("/api/camps/" + second + "/propose").with(as("leader"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/camps/" + demo + "/plan").with(as("leader2"))).andExpect(status().isForbidden());
        mvc.perform(post("/api/camps/" + demo + "/propose").with(as("leader2"))).andExpect(status().isForbidden());
    }

    @Test
    void onlyAdminsCreateCamps() throws Exception {
        for (String account : new String[] {"leader", "staff", "volunteer"}) {
            mvc.perform(post("/api/camps").with(as(account)).contentType(MediaType.APPLICATION_JSON)
                    .content(TestPlans.read(TestPlans.SMALL_CAMP))).andExpect(status().isForbidden());
        }
    }

    @Test
    void eachSideOnlySignsItsOwnPart() throws Exception {
        mvc.perform(post("/api/camps/" + demo + "/propose").with(as("staff"))).andExpect(status().isForbidden());
        mvc.perform(post("/api/camps/" + demo + "/approve").with(as("leader"))).andExpect(status().isForbidden());
        mvc.perform(post("/api/camps/" + demo + "/request-changes").with(as("leader"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"comment\": \"no\"}")).andExpect(status().isForbidden());
        mvc.perform(post("/api/camps/" + demo + "/approve").with(as("admin"))).andExpect(status().isForbidden());
    }

    @Test
    void staffApprovingWithNothingProposedGetAConflictWithAMessage() throws Exception {
        mvc.perform(post("/api/camps/" + second + "/approve").with(as("admin"))).andExpect(status().isForbidden());
        mvc.perform(post("/api/camps/" + demo + "/approve").with(as("staff")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"revision\": 2, \"acknowledgeEmptySeats\": true}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.message", containsString("No revision waits for a signature")));
        mvc.perform(post("/api/camps/" + demo + "/approve").with(as("staff")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("revision: Name the revision you reviewed, such as \"revision\": 2"))
                .andExpect(jsonPath("$.problems[0].field").value("revision"))
                .andExpect(jsonPath("$.problems[0].message").value("Name the revision you reviewed, such as \"revision\": 2"));
        mvc.perform(post("/api/camps/" + demo + "/approve").with(as("staff")).header("Accept-Language", "fr-CA"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("revision : Nommez la version que vous avez examinée, p. ex. \"revision\": 2"))
                .andExpect(jsonPath("$.problems[0].field").value("revision"))
                .andExpect(jsonPath("$.problems[0].message").value("Nommez la version que vous avez examinée, p. ex. \"revision\": 2"));
        mvc.perform(post("/api/camps/" + demo + "/request-changes").with(as("staff"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"revision\": 2, \"comment\": \" \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0].field").value("comment"));
        mvc.perform(post("/api/camps/" + demo + "/approve").with(as("staff")).contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "fr-CA").content("{\"revision\": 2, \"acknowledgeEmptySeats\": true}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.message", containsString("Aucune révision n'attend de signature")));
    }

    @Test
    void aVolunteerSeesThePublishedRosterWithFirstNamesAndOnlyTheirOwnId() throws Exception {
        mvc.perform(get("/api/camps/" + demo + "/roster").with(as("volunteer"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.revision.number").value(1))
                .andExpect(jsonPath("$.revision.proposedBy").doesNotExist())
                .andExpect(jsonPath("$.shifts[?(@.mine == false && @.personId)]", hasSize(0)))
                .andExpect(jsonPath("$.shifts[?(@.name =~ /.* .*/)]", hasSize(0)))
                .andExpect(content().string(not(containsString("@"))));
        mvc.perform(get("/api/camps/" + demo + "/roster").with(as("leader"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.revision.proposedBy").value("leader"));
    }

    @Test
    void aVolunteerSeesNoDraftNoPlanAndNoOtherCamp() throws Exception {
        mvc.perform(get("/api/camps").with(as("volunteer"))).andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1))).andExpect(jsonPath("$[0].id").value(demo));
        mvc.perform(get("/api/camps/" + demo + "/plan").with(as("volunteer"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/camps/" + demo + "/revisions").with(as("volunteer"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/camps/" + second + "/roster").with(as("volunteer"))).andExpect(status().isForbidden());
        mvc.perform(post("/api/camps/" + demo + "/propose").with(as("volunteer"))).andExpect(status().isForbidden());
        mvc.perform(post("/api/solve").with(as("volunteer")).contentType(MediaType.APPLICATION_JSON)
                .content(TestPlans.read(TestPlans.SMALL_CAMP))).andExpect(status().isForbidden());
    }

    @Test
    void onlyTheCampsPlannersStartReadOrStopItsSolve() throws Exception {
        String solve = "/api/camps/" + demo + "/solve";
        mvc.perform(post(solve).param("seconds", "2")).andExpect(status().isUnauthorized());
        for (String account : new String[] {"leader2", "volunteer"}) {
            mvc.perform(post(solve).param("seconds", "2").with(as(account))).andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.message").exists());
            mvc.perform(get(solve).with(as(account))).andExpect(status().isForbidden());
            mvc.perform(delete(solve).with(as(account))).andExpect(status().isForbidden());
        }
        for (String account : new String[] {"leader", "staff", "admin"}) {
            mvc.perform(get(solve).with(as(account))).andExpect(status().isOk())
                    .andExpect(jsonPath("$.published.revision").isNumber());
        }
    }

    private static RequestPostProcessor as(String account) {
        return httpBasic(account, "demo");
    }

    private long campId(String name) {
        return SystemActor.call(() -> campPlans.listCamps()).stream().filter(c -> c.name().equals(name))
                .map(CampSummary::id).findFirst().orElseThrow();
    }
}
