package org.campcoplanner.roster;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.campcoplanner.Actors;
import org.campcoplanner.PostgresTest;
import org.campcoplanner.audit.AuditAction;
import org.campcoplanner.audit.AuditEntry;
import org.campcoplanner.audit.AuditTrail;
import org.campcoplanner.camp.CampPlanService;
import org.campcoplanner.planning.format.CampPlan;
import org.campcoplanner.planning.solver.SolveLimits;
import org.campcoplanner.signoff.CampTeam;
import org.campcoplanner.signoff.CampTeams;
import org.campcoplanner.signoff.PublishedRevisions;
import org.campcoplanner.signoff.SolvedSmallCamp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Solving a camp whose roster is published: rule 14 keeps its seats unless the planner starts fresh. */
@PostgresTest
class PublishedRosterSolveTest {

    private static final SolveLimits SHORT = new SolveLimits(Duration.ofSeconds(2), Duration.ofSeconds(2));

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
    private CampTeam team;

    @BeforeEach
    void aPublishedSmallCamp() {
        actors = teams.actors();
        team = teams.published(SolvedSmallCamp.plan());
    }

    @Test
    void solvingAgainWithNothingChangedKeepsThePublishedSeats() throws Exception {
        SolveOutcome outcome = solve(Stability.KEEP_PUBLISHED);

        assertThat(outcome.succeeded()).isTrue();
        assertThat(HardMediumSoftLongScore.parseScore(outcome.score()).hardScore()).isZero();
        CampPlan publishedPlan = published.of(team.campId()).orElseThrow().plan();
        CampPlan draft = actors.as(team.leader(), () -> campPlans.exportPlan(team.campId()));
        long moved = MovedSeats.between(publishedPlan, draft);
        // at most 2% of the seats
        assertThat(moved).isLessThanOrEqualTo(draft.assignments().size() / 50);
        assertThat(outcome.againstPublished().revision()).isEqualTo(1);
        assertThat(outcome.againstPublished().seats()).isEqualTo(moved);
        assertThat(outcome.stability()).isEqualTo(Stability.KEEP_PUBLISHED);
    }

    @Test
    void theChoiceToKeepThePublishedRosterIsAuditedWithTheSolverResult() throws Exception {
        solve(Stability.KEEP_PUBLISHED);

        assertThat(lastSolverResult().subject())
                .isEqualTo("Solved roster saved, keeping the published roster (revision 1) as far as possible");
        assertThat(lastSolverResult().actor()).isEqualTo(team.leader());
    }

    @Test
    void startingFreshRunsAndIsAuditedAsFresh() throws Exception {
        SolveOutcome outcome = solve(Stability.START_FRESH);

        assertThat(outcome.succeeded()).isTrue();
        assertThat(outcome.stability()).isEqualTo(Stability.START_FRESH);
        assertThat(outcome.againstPublished().revision()).isEqualTo(1);
        assertThat(lastSolverResult().subject())
                .isEqualTo("Solved roster saved, started fresh, not keeping the published roster (revision 1)");
    }

    @Test
    void theStatusAfterTheSolveSaysHowFarTheDraftIsFromThePublishedRoster() throws Exception {
        solve(Stability.KEEP_PUBLISHED);

        SolveStatus status = actors.as(team.staff(), () -> solving.status(team.campId()));

        assertThat(status.state()).isEqualTo(SolveStatus.State.FINISHED);
        assertThat(status.stability()).isEqualTo(Stability.KEEP_PUBLISHED);
        assertThat(status.best().seats()).isEqualTo(50);
        assertThat(status.draftAgainstPublished().revision()).isEqualTo(1);
        assertThat(status.draftAgainstPublished()).isEqualTo(status.outcome().againstPublished());
    }

    private SolveOutcome solve(Stability stability) throws Exception {
        RecordingSolveListener watcher = new RecordingSolveListener();
        actors.run(team.leader(), () -> solving.start(team.campId(), SHORT, stability, watcher));
        return watcher.outcome.get(30, TimeUnit.SECONDS);
    }

    private AuditEntry lastSolverResult() {
        return actors.as(team.staff(), () -> audit.ofCamp(team.campId(), 0, 100)).stream()
                .filter(event -> event.action() == AuditAction.SOLVER_RESULT_SAVED).findFirst().orElseThrow();
    }
}
