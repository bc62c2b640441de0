package org.campcoplanner.roster;

import org.campcoplanner.PostgresTest;
import org.campcoplanner.planning.format.PlanReader;
import org.campcoplanner.planning.format.TestPlans;
import org.campcoplanner.planning.solver.SolveLimits;
import org.campcoplanner.shifts.ReplanRefusedException;
import org.campcoplanner.shifts.ReplanService;
import org.campcoplanner.signoff.CampTeam;
import org.campcoplanner.signoff.CampTeams;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The one bulkhead of every kind of solve: with every slot taken, a plan file over HTTP, a stored
 * camp's solve from the API or the board and a re-plan are all refused at once with a sentence
 * saying why; no account can take every slot; and with a slot free, solving works as before.
 */
@PostgresTest
class SolveSlotsTest {

    private static final String PASSWORD = "long enough";

    @Autowired
    SolveSlots slots;
    @Autowired
    SolvingService solving;
    @Autowired
    ReplanService replans;
    @Autowired
    CampTeams teams;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;

    private final List<SolveSlots.Slot> taken = new ArrayList<>();
    private CampTeam team;

    @BeforeEach
    void aCamp() {
        team = teams.of(new PlanReader().read(TestPlans.read(TestPlans.SMALL_CAMP)));
    }

    @AfterEach
    void freeTheSlots() throws InterruptedException {
        taken.forEach(SolveSlots.Slot::close);
        teams.actors().run(team.leader(), () -> solving.stop(team.campId()));
        assertThat(solving.awaitEnd(team.campId(), Duration.ofSeconds(30))).isTrue();
    }

    @Test
    void everyKindOfSolveIsRefusedAtOnceWhileEverySlotIsTaken() throws Exception {
        for (int i = 0; i < slots.capacity(); i++) {
            taken.add(slots.take("someone-else-" + i));
        }

        mvc.perform(post("/api/solve").param("seconds", "3").with(httpBasic(team.leader(), PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(TestPlans.read(TestPlans.SMALL_CAMP)))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().exists("Retry-After"))
                .andExpect(jsonPath("$.message").value(containsString("as many as it solves at once")));
        mvc.perform(post("/api/camps/" + team.campId() + "/solve").param("seconds", "3")
                        .with(httpBasic(team.leader(), PASSWORD)))
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.message").value(containsString("try again in a minute")));
        assertThatThrownBy(() -> teams.actors().run(team.leader(),
                () -> solving.start(team.campId(), SolveLimits.seconds(3), Stability.KEEP_PUBLISHED, null)))
                .isInstanceOf(SolvingBusyException.class);
        assertThat(teams.actors().as(team.leader(), () -> solving.isSolving(team.campId()))).isFalse();
        long withdrawal = aWithdrawal();
        assertThatThrownBy(() -> teams.actors().run(team.leader(), () -> replans.replan(team.campId(), withdrawal)))
                .isInstanceOf(ReplanRefusedException.class).hasMessageContaining("as many as it solves at once");
        assertThat(slots.inUse()).isEqualTo(slots.capacity());
    }

    @Test
    void noOneAccountHoldsEverySlotAndAnotherAccountStillSolves() throws Exception {
        assumeThat(slots.capacity()).as("a machine with more than one solve slot").isGreaterThan(1);
        for (int i = 0; i < slots.capacity() - 1; i++) {
            taken.add(slots.take(team.leader()));
        }

        mvc.perform(post("/api/solve").param("seconds", "2").with(httpBasic(team.leader(), PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(TestPlans.read(TestPlans.SMALL_CAMP)))
                .andExpect(status().isTooManyRequests())
                .andExpect(jsonPath("$.message").value(containsString("You already have")));
        mvc.perform(post("/api/solve").param("seconds", "2").with(httpBasic(team.staff(), PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(TestPlans.read(TestPlans.SMALL_CAMP)))
                .andExpect(status().isOk());
    }

    @Test
    void aFinishedSolveGivesItsSlotBack() throws Exception {
        teams.actors().run(team.leader(),
                () -> solving.start(team.campId(), SolveLimits.seconds(2), Stability.KEEP_PUBLISHED, null));
        // the job takes its slot when this instance runs it, which is at once
        await().atMost(Duration.ofSeconds(10)).until(() -> slots.inUse() == 1);

        assertThat(solving.awaitEnd(team.campId(), Duration.ofSeconds(30))).isTrue();

        assertThat(slots.inUse()).isZero();
        mvc.perform(post("/api/solve").param("seconds", "2").with(httpBasic(team.leader(), PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(TestPlans.read(TestPlans.SMALL_CAMP)))
                .andExpect(status().isOk());
    }

    /** An open withdrawal of the camp, straight in the table: the re-plan is refused before it reads more. */
    private long aWithdrawal() {
        long personId = jdbc.queryForObject("select min(id) from person where camp_id = ?", Long.class, team.campId());
        return jdbc.queryForObject("insert into withdrawal (id, version, camp_id, person_id, revision_number, session_id,"
                + " role, seat_index, shift_start, shift_end, reason, created_at) values (nextval('entity_id_seq'), 0, ?,"
                + " ?, 1, 's1', 'Lead', 1, now(), now() + interval '1 hour', 'Flu', now()) returning id", Long.class,
                team.campId(), personId);
    }
}
