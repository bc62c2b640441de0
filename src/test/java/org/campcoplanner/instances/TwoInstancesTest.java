package org.campcoplanner.instances;

import org.campcoplanner.Application;
import org.campcoplanner.PostgresTest;
import org.campcoplanner.planning.format.PlanReader;
import org.campcoplanner.planning.format.TestPlans;
import org.campcoplanner.planning.solver.SolveLimits;
import org.campcoplanner.roster.CampChanges;
import org.campcoplanner.roster.DraftRosterService;
import org.campcoplanner.roster.RecordingSolveListener;
import org.campcoplanner.roster.RosterWorkspace;
import org.campcoplanner.roster.SeatKey;
import org.campcoplanner.roster.SolveAlreadyRunningException;
import org.campcoplanner.roster.SolveOutcome;
import org.campcoplanner.roster.SolveStatus;
import org.campcoplanner.roster.SolvingService;
import org.campcoplanner.roster.Stability;
import org.campcoplanner.signoff.CampTeam;
import org.campcoplanner.signoff.CampTeams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two app instances on one PostgreSQL database, in one JVM: this test's application context and
 * a second one started beside it, each with its own beans, notices and db-scheduler. Whatever
 * one instance saves reaches the other's open pages; a solve started on one is seen and stopped
 * from the other, and never runs twice at once.
 */
@PostgresTest
class TwoInstancesTest {

    private static final SolveLimits UNTIL_STOPPED = new SolveLimits(Duration.ofSeconds(60), Duration.ofSeconds(60));
    private static ConfigurableApplicationContext second;

    @Autowired
    ApplicationContext first;
    @Autowired
    CampTeams teams;
    @Autowired
    DataSourceProperties database;

    @BeforeAll
    static void startTheSecondInstance() {
        second = new SpringApplicationBuilder(Application.class).profiles("pgtest")
                .properties("server.port=0", "spring.main.banner-mode=off").run();
    }

    @AfterAll
    static void stopTheSecondInstance() {
        if (second != null) {
            second.close();
        }
    }

    @Test
    void anEditSavedOnOneInstanceReachesTheOpenBoardsOfTheOtherAndItsNoticeNamesNoOne() throws Exception {
        CampTeam team = teams.of(new PlanReader().read(TestPlans.read(TestPlans.SMALL_CAMP)));
        CompletableFuture<Long> heardOnSecond = new CompletableFuture<>();
        Runnable stopWatching = second.getBean(CampChanges.class).watch(team.campId(), new Object(),
                heardOnSecond::complete);
        try (Connection eavesdropper = DriverManager.getConnection(database.determineUrl(),
                database.determineUsername(), database.determinePassword())) {
            try (Statement listen = eavesdropper.createStatement()) {
                listen.execute("LISTEN " + PostgresNotices.CHANNEL);
            }
            DraftRosterService drafts = first.getBean(DraftRosterService.class);
            RosterWorkspace board = first.getBean(RosterWorkspace.class);
            SeatKey lead = new SeatKey("s1", "Lead", 1);
            on(first, team.leader(), () -> board.assign(team.campId(), lead, "p1", false,
                    drafts.snapshot(team.campId()).get(lead).version(), new Object()));

            assertThat(heardOnSecond.get(5, TimeUnit.SECONDS)).isEqualTo(team.campId());
            List<String> payloads = new ArrayList<>();
            for (PGNotification notice : eavesdropper.unwrap(PGConnection.class).getNotifications(2000)) {
                payloads.add(notice.getParameter());
            }
            assertThat(payloads).contains(first.getBean(InstanceName.class).value() + " DRAFT " + team.campId() + " 0")
                    .allMatch(payload -> payload.matches("\\S+ (DRAFT|SOLVE) \\d+ \\d+"));
        } finally {
            stopWatching.run();
        }
    }

    @Test
    void aSolveStartedOnOneInstanceShowsItsProgressOnTheOtherAndIsStoppedFromThere() throws Exception {
        CampTeam team = teams.of(new PlanReader().read(TestPlans.read(TestPlans.SMALL_CAMP)));
        long campId = team.campId();
        SolvingService onFirst = first.getBean(SolvingService.class);
        SolvingService onSecond = second.getBean(SolvingService.class);
        RecordingSolveListener firstBoard = new RecordingSolveListener();
        RecordingSolveListener secondBoard = new RecordingSolveListener();

        on(first, team.leader(), () -> {
            onFirst.start(campId, UNTIL_STOPPED, Stability.KEEP_PUBLISHED, firstBoard);
            return null;
        });
        assertThat(on(second, team.staff(), () -> onSecond.watch(campId, secondBoard))).isTrue();
        await().atMost(Duration.ofSeconds(20)).until(() -> secondBoard.progress.stream()
                .anyMatch(progress -> progress.score() != null && progress.filledSeats() > 0));
        SolveStatus seenFromSecond = on(second, team.staff(), () -> onSecond.status(campId));
        assertThat(seenFromSecond.state()).isEqualTo(SolveStatus.State.RUNNING);
        assertThat(seenFromSecond.best().seats()).isEqualTo(50);

        on(second, team.staff(), () -> {
            onSecond.stop(campId);
            return null;
        });
        SolveOutcome endOnFirst = firstBoard.outcome.get(20, TimeUnit.SECONDS);
        SolveOutcome endOnSecond = secondBoard.outcome.get(20, TimeUnit.SECONDS);

        assertThat(endOnFirst.succeeded()).isTrue();
        assertThat(endOnSecond).isEqualTo(endOnFirst);
        assertThat(on(first, team.leader(), () -> onFirst.isSolving(campId))).isFalse();
        assertThat(on(second, team.leader(), () -> onSecond.status(campId)).state())
                .isEqualTo(SolveStatus.State.FINISHED);
        assertThat(jobsOf(campId)).isEqualTo(1);
    }

    @Test
    void startingOneCampsSolveOnBothInstancesAtOnceMakesOneRunAndOneClearRefusal() throws Exception {
        CampTeam team = teams.of(new PlanReader().read(TestPlans.read(TestPlans.SMALL_CAMP)));
        long campId = team.campId();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService planners = Executors.newFixedThreadPool(2);
        try {
            Future<String> leaderOnFirst = planners.submit(() -> startAfter(go, first, team.leader(), campId));
            Future<String> staffOnSecond = planners.submit(() -> startAfter(go, second, team.staff(), campId));
            go.countDown();
            List<String> answers = List.of(leaderOnFirst.get(20, TimeUnit.SECONDS),
                    staffOnSecond.get(20, TimeUnit.SECONDS));

            assertThat(answers).containsOnlyOnce("started");
            assertThat(answers).anySatisfy(answer -> assertThat(answer).contains("is already being solved"));
            assertThat(jobsOf(campId)).isEqualTo(1);
        } finally {
            planners.shutdown();
            SolvingService solving = first.getBean(SolvingService.class);
            on(first, team.leader(), () -> {
                solving.stop(campId);
                return null;
            });
            assertThat(solving.awaitEnd(campId, Duration.ofSeconds(20))).isTrue();
        }
    }

    private String startAfter(CountDownLatch go, ApplicationContext instance, String planner, long campId)
            throws InterruptedException {
        go.await();
        try {
            on(instance, planner, () -> {
                instance.getBean(SolvingService.class).start(campId, UNTIL_STOPPED, Stability.KEEP_PUBLISHED, null);
                return null;
            });
            return "started";
        } catch (SolveAlreadyRunningException e) {
            return e.getMessage();
        }
    }

    private int jobsOf(long campId) {
        return first.getBean(JdbcClient.class).sql("SELECT COUNT(*) FROM solve_job WHERE camp_id = ?").param(campId)
                .query(Integer.class).single();
    }

    /**
     * Signs the account in on this thread for the instance's method security (its own strategy)
     * and for the JVM-wide strategy the services read the current user from.
     */
    static <T> T on(ApplicationContext instance, String username, Supplier<T> work) {
        UserDetails user = instance.getBean(UserDetailsService.class).loadUserByUsername(username);
        SecurityContextHolderStrategy own = instance.getBean(SecurityContextHolderStrategy.class);
        SecurityContextHolderStrategy global = SecurityContextHolder.getContextHolderStrategy();
        SecurityContext context = own.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        own.setContext(context);
        global.setContext(context);
        try {
            return work.get();
        } finally {
            own.clearContext();
            global.clearContext();
        }
    }
}
