package org.campcoplanner.planning.solver;

import org.campcoplanner.planning.format.CampPlan;
import org.campcoplanner.planning.generator.CampGenerator;
import org.campcoplanner.planning.generator.CampSize;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "I can't make it" on a generated M-size camp: the re-planned roster is legal, the person is out
 * of the seat, and besides the vacated seat at most three seats change (DOMAIN.md rule 14).
 */
class ReplannerTest {

    private static final SolveLimits REPLAN = new SolveLimits(Duration.ofSeconds(6), Duration.ofSeconds(1));
    private static CampPlan published;

    @BeforeAll
    static void publishALegalMSizeRoster() {
        CampPlan plan = new CampGenerator().generate(CampSize.M, 7);
        published = new PlanSolver(new SolveLimits(Duration.ofSeconds(15), Duration.ofSeconds(3))).solve(plan, r -> { });
        assertThat(published.score()).startsWith("0hard");
    }

    @Test
    void threeWithdrawalsEachChangeAtMostThreeOtherSeats() {
        List<CampPlan.Assignment> filled = published.assignments().stream().filter(a -> a.person() != null).toList();
        for (int pick : new int[] {filled.size() / 7, filled.size() / 2, filled.size() - 5}) {
            CampPlan.Assignment vacated = filled.get(pick);

            Replanner.Result result = new Replanner(REPLAN).replan(published, published.assignments(), vacated);

            System.out.printf("Withdrawal from %s %s %d: vacated seat filled %s, %d other seat(s) changed, score %s%n",
                    vacated.session(), vacated.role(), vacated.index(), result.vacatedSeatFilled(),
                    result.changedSeats().size(), result.score());
            assertThat(result.legal()).as(result.score()).isTrue();
            CampPlan.Assignment now = result.plan().assignments().stream()
                    .filter(a -> a.session().equals(vacated.session()) && a.role().equals(vacated.role())
                            && a.index() == vacated.index()).findFirst().orElseThrow();
            assertThat(now.person()).isNotEqualTo(vacated.person());
            assertThat(result.changedSeats()).hasSizeLessThanOrEqualTo(3);
        }
    }

    @Test
    void pinsComeBackAsPlannersHadThem() {
        CampPlan.Assignment vacated = published.assignments().stream().filter(a -> a.person() != null)
                .findFirst().orElseThrow();

        Replanner.Result result = new Replanner(REPLAN).replan(published, published.assignments(), vacated);

        assertThat(result.plan().assignments()).extracting(CampPlan.Assignment::pinned)
                .containsExactlyElementsOf(published.assignments().stream().map(CampPlan.Assignment::pinned).toList());
    }
}
