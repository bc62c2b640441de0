package org.campcoplanner.roster.api;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import com.jayway.jsonpath.JsonPath;
import org.campcoplanner.Actors;
import org.campcoplanner.PostgresTest;
import org.campcoplanner.audit.AuditAction;
import org.campcoplanner.audit.AuditTrail;
import org.campcoplanner.camp.CampPlanService;
import org.campcoplanner.planning.format.CampPlan;
import org.campcoplanner.planning.format.PlanReader;
import org.campcoplanner.planning.format.TestPlans;
import org.campcoplanner.roster.MovedSeats;
import org.campcoplanner.roster.SolvingService;
import org.campcoplanner.signoff.CampTeam;
import org.campcoplanner.signoff.CampTeams;
import org.campcoplanner.signoff.PublishedRevisions;
import org.campcoplanner.signoff.SolvedSmallCamp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Solving a stored camp over the API: start, status and stop, for the camp's planners only. */
@PostgresTest
class CampSolveControllerTest {

    private static final String PLANNER_PASSWORD = "long enough";

    @Autowired
    MockMvc mvc;
    @Autowired
    SolvingService solving;
    @Autowired
    CampPlanService campPlans;
    @Autowired
    PublishedRevisions published;
    @Autowired
    AuditTrail audit;
    @Autowired
    CampTeams teams;

    private Actors actors;

    @BeforeEach
    void actors() {
        actors = teams.actors();
    }

    @Test
    void theCampsLeaderStartsItsStaffReadsAndStopsAndTheResultIsInTheDraft() throws Exception {
        CampTeam team = newCamp();
        String path = "/api/camps/" + team.campId() + "/solve";
        mvc.perform(get(path).with(planner(team.staff()))).andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("idle"))
                .andExpect(jsonPath("$.published").doesNotExist());

        mvc.perform(post(path).param("seconds", "3").with(planner(team.leader())))
                .andExpect(status().isAccepted())
                // queued until an instance picks the job, which is at once when this one has room
                .andExpect(jsonPath("$.state", anyOf(is("queued"), is("running"))))
                .andExpect(jsonPath("$.fresh").value(false));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> mvc.perform(get(path).with(planner(team.staff())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("running"))
                .andExpect(jsonPath("$.elapsedSeconds").isNumber()));
        mvc.perform(delete(path).with(planner(team.staff()))).andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("finished"))
                .andExpect(jsonPath("$.seats").value(50))
                .andExpect(jsonPath("$.filledSeats").isNumber())
                .andExpect(jsonPath("$.score").isString())
                .andExpect(jsonPath("$.changedSeats").isNumber())
                .andExpect(jsonPath("$.keptPlannerEdits").isArray());

        CampPlan draft = actors.as(team.leader(), () -> campPlans.exportPlan(team.campId()));
        assertThat(draft.assignments()).anySatisfy(seat -> assertThat(seat.person()).isNotNull());
    }

    @Test
    void aSecondStartWhileOneRunsIsAConflictWithAMessage() throws Exception {
        CampTeam team = newCamp();
        String path = "/api/camps/" + team.campId() + "/solve";
        mvc.perform(post(path).param("seconds", "3").with(planner(team.leader()))).andExpect(status().isAccepted());
        try {
            mvc.perform(post(path).param("seconds", "3").with(planner(team.staff())))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.message", containsString("is already being solved")));
        } finally {
            mvc.perform(delete(path).with(planner(team.leader()))).andExpect(status().isOk());
        }
    }

    @Test
    void aTimeOutsideOneTo300SecondsIsRefusedNamingSeconds() throws Exception {
        CampTeam team = newCamp();
        String path = "/api/camps/" + team.campId() + "/solve";
        for (String seconds : new String[] {"0", "301", "soon"}) {
            mvc.perform(post(path).param("seconds", seconds).with(planner(team.leader())))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$[0].path").value("seconds"))
                    .andExpect(jsonPath("$[0].message").isString());
        }
        mvc.perform(post(path).param("seconds", "2").param("fresh", "perhaps").with(planner(team.leader())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$[0].path").value("fresh"))
                .andExpect(jsonPath("$[0].message").value("must be true or false"));
        mvc.perform(post(path).param("seconds", "soon").header("Accept-Language", "fr-CA").with(planner(team.leader())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$[0].message").value("doit être un nombre entier"));
        assertThat(solving.awaitEnd(team.campId(), Duration.ZERO)).isTrue();
    }

    @Test
    void anUnknownCampIsNotFound() throws Exception {
        CampTeam team = newCamp();
        RequestPostProcessor admin = httpBasic(team.admin(), "admin password");
        mvc.perform(post("/api/camps/999999999/solve").param("seconds", "2").with(admin))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.message").value("There is no camp with id 999999999"));
        mvc.perform(get("/api/camps/999999999/solve").with(admin)).andExpect(status().isNotFound());
        mvc.perform(delete("/api/camps/999999999/solve").with(admin)).andExpect(status().isNotFound());
    }

    @Test
    void plannersOfAnotherCampAreForbidden() throws Exception {
        CampTeam team = newCamp();
        CampTeam other = newCamp();
        String path = "/api/camps/" + team.campId() + "/solve";
        for (String account : new String[] {other.leader(), other.staff()}) {
            mvc.perform(post(path).param("seconds", "2").with(planner(account))).andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.message").exists());
            mvc.perform(get(path).with(planner(account))).andExpect(status().isForbidden());
            mvc.perform(delete(path).with(planner(account))).andExpect(status().isForbidden());
        }
        assertThat(solving.awaitEnd(team.campId(), Duration.ZERO)).isTrue();
    }

    @Test
    void aPublishedCampSolvedAgainKeepsThePublishedSeats() throws Exception {
        CampTeam team = publishedCamp();
        String path = "/api/camps/" + team.campId() + "/solve";
        mvc.perform(get(path).with(planner(team.leader()))).andExpect(status().isOk())
                .andExpect(jsonPath("$.published.revision").value(1))
                .andExpect(jsonPath("$.published.seatsChanged").value(0))
                .andExpect(jsonPath("$.published.peopleToTell").value(0));

        mvc.perform(post(path).param("seconds", "2").with(planner(team.leader()))).andExpect(status().isAccepted());
        assertThat(solving.awaitEnd(team.campId(), Duration.ofSeconds(30))).isTrue();

        String body = mvc.perform(get(path).with(planner(team.staff()))).andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("finished"))
                .andExpect(jsonPath("$.fresh").value(false))
                .andExpect(jsonPath("$.published.revision").value(1))
                // at most 2% of the 50 seats
                .andExpect(jsonPath("$.published.seatsChanged", lessThanOrEqualTo(1)))
                .andReturn().getResponse().getContentAsString();
        assertThat(HardMediumSoftLongScore.parseScore(JsonPath.read(body, "$.score")).hardScore()).isZero();
        CampPlan draft = actors.as(team.leader(), () -> campPlans.exportPlan(team.campId()));
        assertThat(MovedSeats.between(published.of(team.campId()).orElseThrow().plan(), draft)).isLessThanOrEqualTo(1);
    }

    @Test
    void startingFreshOverTheApiRunsAndIsAuditedAsFresh() throws Exception {
        CampTeam team = publishedCamp();
        String path = "/api/camps/" + team.campId() + "/solve";

        mvc.perform(post(path).param("seconds", "2").param("fresh", "true").with(planner(team.leader())))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.fresh").value(true));
        assertThat(solving.awaitEnd(team.campId(), Duration.ofSeconds(30))).isTrue();

        mvc.perform(get(path).with(planner(team.leader()))).andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("finished"))
                .andExpect(jsonPath("$.fresh").value(true))
                .andExpect(jsonPath("$.published.seatsChanged").isNumber());
        assertThat(actors.as(team.staff(), () -> audit.ofCamp(team.campId(), 0, 100)))
                .filteredOn(event -> event.action() == AuditAction.SOLVER_RESULT_SAVED)
                .first().satisfies(event -> assertThat(event.subject())
                        .isEqualTo("Solved roster saved, started fresh, not keeping the published roster (revision 1)"));
    }

    private CampTeam newCamp() {
        return teams.of(new PlanReader().read(TestPlans.read(TestPlans.SMALL_CAMP)));
    }

    private CampTeam publishedCamp() {
        return teams.published(SolvedSmallCamp.plan());
    }

    private static RequestPostProcessor planner(String account) {
        return httpBasic(account, PLANNER_PASSWORD);
    }
}
