package org.campcoplanner.roster.ui;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.campcoplanner.H2Test;
import org.campcoplanner.KaribuTest;
import org.campcoplanner.account.AccountService;
import org.campcoplanner.account.NewAccount;
import org.campcoplanner.account.Role;
import org.campcoplanner.camp.CampPlanService;
import org.campcoplanner.planning.format.CampPlan;
import org.campcoplanner.roster.DraftRosterService;
import org.campcoplanner.roster.RosterWorkspace;
import org.campcoplanner.roster.SeatKey;
import org.campcoplanner.roster.SolvingService;
import org.campcoplanner.roster.Stability;
import org.campcoplanner.signoff.SignOffService;
import org.campcoplanner.signoff.SolvedSmallCamp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The roster board of a camp whose roster is published: how far the draft is from it, and keep or start fresh. */
@H2Test
class PublishedRosterBoardTest extends KaribuTest {

    /** Stands for a second planner's page. */
    private static final Object ANOTHER_PLANNER = new Object();

    @Autowired
    CampPlanService campPlans;
    @Autowired
    AccountService accounts;
    @Autowired
    SignOffService signOff;
    @Autowired
    DraftRosterService drafts;
    @Autowired
    RosterWorkspace workspace;
    @Autowired
    SolvingService solving;

    private long campId;

    /** Signed in on the page, as the sign-off page would have it: the leader proposes, the staff member publishes. */
    @BeforeEach
    void openTheBoardOfAPublishedCampAsItsLeader() {
        String suffix = Long.toString(System.nanoTime(), 36);
        campId = campPlans.importPlan(SolvedSmallCamp.plan());
        String leader = "leader-" + suffix;
        String staff = "staff-" + suffix;
        accounts.create(new NewAccount(leader, "Lee", Role.LEADER, "long enough", Set.of(campId), null));
        accounts.create(new NewAccount(staff, "Sam", Role.STAFF, "long enough", Set.of(campId), null));
        login(leader);
        int revision = signOff.propose(campId, true).number();
        login(staff);
        signOff.approve(campId, revision, true);
        login(leader);
        UI.getCurrent().navigate(RosterBoardView.class, campId);
    }

    @Test
    void thePublishedRosterIsNamedWithTheSeatsThatDifferAndKeepingItIsTheDefault() {
        assertThat(text("published-roster")).isEqualTo("This roster is published (revision 1). No seat differs from it so far.");
        RadioButtonGroup<Stability> choice = stabilityChoice();
        assertThat(choice.getValue()).isEqualTo(Stability.KEEP_PUBLISHED);
        assertThat(choice.getListDataView().getItems().map(choice.getItemLabelGenerator()::apply))
                .containsExactly("Keep the published roster as far as possible", "Start fresh");

        SeatKey seat = firstFilledSeat();
        workspace.assign(campId, seat, null, false, drafts.snapshot(campId).get(seat).version(),
                ANOTHER_PLANNER);
        MockVaadin.clientRoundtrip();

        assertThat(text("published-roster")).isEqualTo("This roster is published (revision 1). 1 seat differs from it so far.");
    }

    @Test
    void afterASolveKeepingThePublishedRosterTheBoardSaysWhatMovedAndWhoWouldBeTold() throws Exception {
        solveFor2Seconds();

        assertThat(text("solve-published")).matches("Solved keeping the published roster as far as possible: "
                + "(no seat moved from revision 1; nobody would be told\\.|1 seat moved from revision 1; [12] (person|people) "
                + "would be told when it is published\\.)");
    }

    @Test
    void startingFreshIsPassedToTheSolveAndSaidAfterwards() throws Exception {
        stabilityChoice().setValue(Stability.START_FRESH);

        solveFor2Seconds();

        assertThat(text("solve-published")).startsWith("Solved fresh: ").contains(" moved from revision 1; ");
    }

    private void solveFor2Seconds() throws InterruptedException {
        _get(SolveBar.class).seconds.setValue(2);
        _click(_get(Button.class, spec -> spec.withText("Solve")));
        assertThat(solving.awaitEnd(campId, Duration.ofSeconds(30))).isTrue();
        MockVaadin.clientRoundtrip();
    }

    private SeatKey firstFilledSeat() {
        CampPlan.Assignment filled = SolvedSmallCamp.plan().assignments().stream().filter(a -> a.person() != null)
                .findFirst().orElseThrow();
        return new SeatKey(filled.session(), filled.role(), filled.index());
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<Stability> stabilityChoice() {
        return _get(RadioButtonGroup.class, spec -> spec.withId("solve-stability"));
    }

    private static String text(String id) {
        return _get(Span.class, spec -> spec.withId(id)).getText();
    }
}
