package org.campcoplanner.roster;

import org.springframework.security.test.context.support.WithMockUser;
import org.campcoplanner.PostgresTest;
import org.campcoplanner.audit.AuditAction;
import org.campcoplanner.audit.AuditEntry;
import org.campcoplanner.audit.AuditTrail;
import org.campcoplanner.camp.CampPlanService;
import org.campcoplanner.planning.format.CampPlan;
import org.campcoplanner.planning.format.TestPlans;
import org.campcoplanner.planning.solver.SolveLimits;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PostgresTest
@WithMockUser(roles = "ADMIN")
class SolvingServiceTest {

    private static final SolveLimits SHORT = new SolveLimits(Duration.ofSeconds(3), Duration.ofSeconds(3));
    private static final SolveLimits LONG = new SolveLimits(Duration.ofSeconds(60), Duration.ofSeconds(60));

    @Autowired
    SolvingService solving;
    @Autowired
    CampPlanService campPlans;
    @Autowired
    DraftRosterService drafts;
    @Autowired
    AuditTrail audit;

    @Test
    void aSolvedRosterLandsInTheDraft() throws Exception {
        long campId = campPlans.importPlan(TestPlans.read(TestPlans.SMALL_CAMP));
        RecordingSolveListener watcher = new RecordingSolveListener();

        solving.start(campId, SHORT, Stability.KEEP_PUBLISHED, watcher);
        SolveOutcome outcome = watcher.outcome.get(30, TimeUnit.SECONDS);

        assertThat(outcome.succeeded()).isTrue();
        assertThat(outcome.score()).startsWith("0hard/0medium");
        assertThat(outcome.changedSeats()).isEqualTo(50);
        assertThat(watcher.progress).isNotEmpty();
        CampPlan draft = campPlans.exportPlan(campId);
        assertThat(draft.assignments()).hasSize(50).allSatisfy(a -> assertThat(a.person()).isNotNull());
        assertThat(solving.isSolving(campId)).isFalse();
    }

    @Test
    void aSecondSolveOfTheSameCampIsRefusedWithAClearAnswer() throws Exception {
        long campId = campPlans.importPlan(TestPlans.read(TestPlans.SMALL_CAMP));
        RecordingSolveListener watcher = new RecordingSolveListener();
        solving.start(campId, LONG, Stability.KEEP_PUBLISHED, watcher);
        try {
            assertThatThrownBy(() -> solving.start(campId, SHORT, Stability.KEEP_PUBLISHED, null))
                    .isInstanceOf(SolveAlreadyRunningException.class)
                    .hasMessageContaining("is already being solved");
        } finally {
            solving.stop(campId);
        }
        assertThat(watcher.outcome.get(30, TimeUnit.SECONDS).succeeded()).isTrue();
    }

    @Test
    void aSeatAPlannerChangesDuringTheSolveKeepsTheirChange() throws Exception {
        long campId = campPlans.importPlan(TestPlans.read(TestPlans.SMALL_CAMP));
        SeatKey lead = new SeatKey("s1", "Lead", 1);
        RecordingSolveListener watcher = new RecordingSolveListener();
        solving.start(campId, LONG, Stability.KEEP_PUBLISHED, watcher);

        SeatState planners = drafts.assign(campId, lead, "p5", true, drafts.snapshot(campId).get(lead).version());
        solving.stop(campId);
        SolveOutcome outcome = watcher.outcome.get(30, TimeUnit.SECONDS);

        assertThat(outcome.keptPlannerEdits()).containsExactly(lead);
        assertThat(drafts.snapshot(campId).get(lead)).isEqualTo(planners);
        assertThat(planners.person()).isEqualTo("p5");
        assertThat(planners.pinned()).isTrue();
    }

    @Test
    void aHandEditOnAStaleViewIsRefusedAndNamesTheNewerChange() {
        long campId = campPlans.importPlan(TestPlans.read(TestPlans.SMALL_CAMP));
        SeatKey lead = new SeatKey("s1", "Lead", 1);
        long seenByBoth = drafts.snapshot(campId).get(lead).version();
        drafts.assign(campId, lead, "p1", false, seenByBoth);

        assertThatThrownBy(() -> drafts.assign(campId, lead, "p5", false, seenByBoth))
                .isInstanceOf(SeatChangedMeanwhileException.class)
                .hasMessageContaining("Lead 1 in Morning sports, Mon 6 Jul 09:00 was changed by someone else meanwhile: it now has Noah Smith");
        assertThat(drafts.snapshot(campId).get(lead).person()).isEqualTo("p1");
    }

    @Test
    void aHandEditIsRecordedBySessionTitleAndPersonNameWithoutPlanIds() {
        long campId = campPlans.importPlan(TestPlans.read(TestPlans.SMALL_CAMP));
        SeatKey lead = new SeatKey("s1", "Lead", 1);
        long version = drafts.assign(campId, lead, "p1", false, drafts.snapshot(campId).get(lead).version()).version();
        drafts.assign(campId, lead, "p5", true, version);

        AuditEntry edit = audit.ofCamp(campId, 0, 1).get(0);
        assertThat(edit.action()).isEqualTo(AuditAction.SEAT_CHANGED);
        assertThat(edit.subject()).isEqualTo("Lead 1 in Morning sports, Mon 6 Jul 09:00");
        assertThat(edit.before()).isEqualTo("Noah Smith");
        assertThat(edit.after()).isEqualTo("Amina Gagnon, pinned");
        assertThat(edit.subject() + edit.before() + edit.after()).doesNotContainPattern("\\b[sp]\\d+\\b");
    }
}
