package org.campcoplanner.base;

import com.fasterxml.jackson.databind.node.ArrayNode;
import org.campcoplanner.PostgresTest;
import org.campcoplanner.account.AccountService;
import org.campcoplanner.account.NewAccount;
import org.campcoplanner.account.Role;
import org.campcoplanner.planning.format.PlanReader;
import org.campcoplanner.planning.format.TestPlans;
import org.campcoplanner.roster.DraftRosterService;
import org.campcoplanner.roster.RosterWorkspace;
import org.campcoplanner.roster.SeatKey;
import org.campcoplanner.roster.SeatState;
import org.campcoplanner.shifts.MyShift;
import org.campcoplanner.shifts.MyShiftsService;
import org.campcoplanner.signoff.CampTeam;
import org.campcoplanner.signoff.CampTeams;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Two saves of the same thing in two transactions at the same moment, on PostgreSQL: the first is
 * saved, the second waits on the database's lock and then loses on a version check or a unique key,
 * and is told so as changed meanwhile, never as an unexpected error.
 */
@PostgresTest
class LostRacesTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Autowired
    CampTeams teams;
    @Autowired
    AccountService accounts;
    @Autowired
    RosterWorkspace workspace;
    @Autowired
    DraftRosterService drafts;
    @Autowired
    MyShiftsService shifts;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;

    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void twoPlannersFillingTheSameEmptySeatAtOnceOneIsSavedTheOtherIsTold() throws Exception {
        CampTeam team = teams.of(new PlanReader().read(TestPlans.read(TestPlans.OVERNIGHT_CAMP)));
        String otherPlanner = secondLeader(team);
        SeatKey seat = new SeatKey("campout", "Helper", 1);
        clear(team, seat);
        long seen = teams.actors().as(team.leader(), () -> drafts.snapshot(team.campId()).get(seat).version());

        Race race = race(() -> teams.actors().as(team.leader(),
                        () -> workspace.assign(team.campId(), seat, "noah", false, seen, null)),
                () -> teams.actors().as(otherPlanner,
                        () -> workspace.assign(team.campId(), seat, "amina", false, seen, null)));

        assertThat(race.firstSaved()).isNotNull();
        assertThat(race.secondFailure()).isInstanceOf(ChangedMeanwhileException.class)
                .hasMessageContaining("at the same moment");
        assertThat(teams.actors().as(team.leader(), () -> drafts.snapshot(team.campId()).get(seat).person()))
                .isEqualTo("noah");
    }

    @Test
    void twoPlannersChangingTheSameAssignedSeatAtOnceOneIsSavedTheOtherIsTold() throws Exception {
        CampTeam team = teams.of(new PlanReader().read(TestPlans.read(TestPlans.OVERNIGHT_CAMP)));
        String otherPlanner = secondLeader(team);
        SeatKey seat = new SeatKey("campout", "Helper", 1);
        SeatState before = teams.actors().as(team.leader(), () -> drafts.snapshot(team.campId()).get(seat));
        assertThat(before.person()).isEqualTo("noah");

        Race race = race(() -> teams.actors().as(team.leader(),
                        () -> workspace.assign(team.campId(), seat, null, false, before.version(), null)),
                () -> teams.actors().as(otherPlanner,
                        () -> workspace.assign(team.campId(), seat, "amina", true, before.version(), null)));

        assertThat(race.firstSaved()).isNotNull();
        assertThat(race.secondFailure()).isInstanceOf(ChangedMeanwhileException.class)
                .hasMessageContaining("at the same moment");
        assertThat(teams.actors().as(team.leader(), () -> drafts.snapshot(team.campId()).get(seat).person())).isNull();
    }

    @Test
    void aWithdrawalRacingItselfIsSavedOnceAndTheSecondIsTold() throws Exception {
        Volunteer amina = publishedVolunteer();
        MyShift shift = teams.actors().as(amina.username(), () -> shifts.mine().orElseThrow().upcoming().get(0));

        Race race = race(() -> teams.actors().as(amina.username(),
                        () -> shifts.withdraw(shift.sessionId(), shift.role(), shift.index(), "Flu")),
                () -> teams.actors().as(amina.username(),
                        () -> shifts.withdraw(shift.sessionId(), shift.role(), shift.index(), "Flu")));

        assertThat(race.firstSaved()).isNotNull();
        assertThat(race.secondFailure()).isInstanceOf(ChangedMeanwhileException.class);
        assertThat(jdbc.queryForObject("select count(*) from withdrawal where camp_id = ?", Integer.class,
                amina.campId())).isEqualTo(1);
    }

    @Test
    void aWithdrawalRacingItselfOverTheApiAnswers409NotAServerError() throws Exception {
        Volunteer amina = publishedVolunteer();
        MyShift shift = teams.actors().as(amina.username(), () -> shifts.mine().orElseThrow().upcoming().get(0));
        String body = "{\"session\": \"" + shift.sessionId() + "\", \"role\": \"" + shift.role() + "\", \"index\": "
                + shift.index() + ", \"reason\": \"Flu\"}";

        Race race = race(() -> teams.actors().as(amina.username(),
                        () -> shifts.withdraw(shift.sessionId(), shift.role(), shift.index(), "Flu")),
                () -> {
                    try {
                        return mvc.perform(post("/api/me/withdrawals").with(httpBasic(amina.username(), "long enough"))
                                        .contentType("application/json").content(body))
                                .andExpect(status().isConflict())
                                .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString(
                                        "at the same moment")))
                                .andReturn();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });

        assertThat(race.firstSaved()).isNotNull();
        assertThat(race.secondFailure()).isNull();
    }

    /** A volunteer of a published camp whose one shift, the camp-out, lies ahead whatever the real date. */
    private Volunteer publishedVolunteer() {
        String plan = TestPlans.changed(TestPlans.OVERNIGHT_CAMP, d -> {
            // the camp-out alone, with limits that allow it (as in CalendarFeedTest)
            ((ArrayNode) d.get("sessions")).remove(1);
            ((ArrayNode) d.get("assignments")).remove(3);
            TestPlans.at(d, "/people/1").put("maxHoursPerDay", 16).put("maxHoursOutsideStandardPerWeek", 20)
                    .put("minRestHours", 8);
        });
        CampTeam team = teams.published(new PlanReader().read(inTheFuture(plan)));
        long aminaId = jdbc.queryForObject("select id from person where camp_id = ? and external_id = 'amina'",
                Long.class, team.campId());
        String username = "amina-" + Long.toString(System.nanoTime(), 36);
        teams.actors().run(team.admin(), () -> accounts.create(new NewAccount(username, "Amina", Role.VOLUNTEER,
                "long enough", Set.of(), aminaId)));
        return new Volunteer(username, team.campId());
    }

    private record Volunteer(String username, long campId) {
    }

    /** Every date of the plan moved by whole weeks, so it starts a few weeks from today on the same weekdays. */
    private static String inTheFuture(String plan) {
        LocalDate today = LocalDate.now(ZoneId.of("America/Toronto"));
        long weeks = ChronoUnit.WEEKS.between(LocalDate.of(2026, 7, 1), today) + 4;
        Matcher dates = Pattern.compile("\\d{4}-\\d{2}-\\d{2}").matcher(plan);
        StringBuilder moved = new StringBuilder();
        while (dates.find()) {
            dates.appendReplacement(moved, LocalDate.parse(dates.group()).plusWeeks(weeks).toString());
        }
        return dates.appendTail(moved).toString();
    }

    private String secondLeader(CampTeam team) {
        String username = "leader2-" + Long.toString(System.nanoTime(), 36);
        teams.actors().run(team.admin(), () -> accounts.create(new NewAccount(username, "Lou Leader", Role.LEADER,
                "long enough", Set.of(team.campId()), null)));
        return username;
    }

    /** The seat as if never assigned: no assignment row, so both saves insert one. */
    private void clear(CampTeam team, SeatKey seat) {
        jdbc.update("delete from assignment where seat_id = (select seat.id from seat join camp_session"
                + " on seat.session_id = camp_session.id where camp_session.camp_id = ? and camp_session.external_id = ?"
                + " and seat.role = ? and seat.role_index = ?)", team.campId(), seat.session(), seat.role(), seat.index());
    }

    private record Race(Object firstSaved, Throwable secondFailure) {
    }

    /**
     * The first save runs in a transaction held open after its work; the second starts then, waits on
     * the database's lock, and goes on once the first commits.
     */
    private Race race(Supplier<?> first, Supplier<?> second) throws Exception {
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);
        CountDownLatch firstDone = new CountDownLatch(1);
        CountDownLatch commitFirst = new CountDownLatch(1);
        Future<Object> firstSave = threads.submit(() -> transaction.execute(status -> {
            Object saved = first.get();
            firstDone.countDown();
            await(commitFirst);
            return saved;
        }));
        assertThat(firstDone.await(WAIT.toSeconds(), TimeUnit.SECONDS)).as("the first save is done").isTrue();
        int waitingBefore = waitingOnLocks();
        Future<Object> secondSave = threads.submit(second::get);
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (waitingOnLocks() <= waitingBefore && !secondSave.isDone() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        commitFirst.countDown();
        Object saved = firstSave.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        try {
            secondSave.get(WAIT.toSeconds(), TimeUnit.SECONDS);
            return new Race(saved, null);
        } catch (ExecutionException e) {
            return new Race(saved, e.getCause());
        }
    }

    private int waitingOnLocks() {
        return jdbc.queryForObject("select count(*) from pg_stat_activity where wait_event_type = 'Lock'"
                + " and datname = current_database()", Integer.class);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
