package org.campcoplanner.signoff.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.campcoplanner.H2Test;
import org.campcoplanner.KaribuTest;
import org.campcoplanner.account.AccountService;
import org.campcoplanner.account.NewAccount;
import org.campcoplanner.account.Role;
import org.campcoplanner.audit.AuditEntry;
import org.campcoplanner.audit.ui.AuditView;
import org.campcoplanner.camp.CampPlanService;
import org.campcoplanner.planning.format.CampPlan;
import org.campcoplanner.roster.DraftRosterService;
import org.campcoplanner.signoff.RevisionSummary;
import org.campcoplanner.signoff.SeatChange;
import org.campcoplanner.signoff.SolvedSmallCamp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Optional;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** A leader signs on the sign-off page, a staff member asks for changes, then publishes; staff read the audit trail. */
@H2Test
class SignOffViewTest extends KaribuTest {

    private static CampPlan solvedSmallCamp;

    @Autowired
    CampPlanService campPlans;
    @Autowired
    AccountService accounts;
    @Autowired
    DraftRosterService drafts;

    private long campId;
    private String leader;
    private String staff;

    @BeforeAll
    static void solveTheSmallCampOnce() {
        solvedSmallCamp = SolvedSmallCamp.plan();
    }

    @BeforeEach
    void aCampWithItsLeaderAndStaffMember() {
        String suffix = Long.toString(System.nanoTime(), 36);
        campId = campPlans.importPlan(solvedSmallCamp);
        leader = "leader-" + suffix;
        staff = "staff-" + suffix;
        accounts.create(new NewAccount(leader, "Lee", Role.LEADER, "long enough", Set.of(campId), null));
        accounts.create(new NewAccount(staff, "Sam", Role.STAFF, "long enough", Set.of(campId), null));
    }

    @Test
    void aLeaderSignsThenStaffAskForChangesThenPublish() {
        login(leader);
        UI.getCurrent().navigate(SignOffView.class, campId);
        assertThat(stage()).isEqualTo("Nothing is published yet. The roster is a draft.");
        acknowledgeEmptySeats("acknowledge-draft-empty-seats");
        _click(_get(Button.class, spec -> spec.withId("propose")));
        assertThat(notifications()).contains("Revision 1 is signed and waits for a staff member.");
        assertThat(stage()).startsWith("Revision 1 was signed by Lee on ");
        // proposed once: the button waits for a changed draft, and the changes show once, under the proposal
        assertThat(_get(Button.class, spec -> spec.withId("propose")).isEnabled()).isFalse();
        assertThat(_get(Paragraph.class, spec -> spec.withId("draft-already-proposed")).getText())
                .startsWith("The draft is revision 1 as it was proposed");
        assertThat(_find(Grid.class, spec -> spec.withId("draft-diff"))).isEmpty();

        login(staff);
        UI.getCurrent().navigate(SignOffView.class, campId);
        _click(_get(Button.class, spec -> spec.withId("request-changes")));
        assertThat(_get(TextArea.class, spec -> spec.withId("change-comment")).isInvalid()).isTrue();
        _get(TextArea.class, spec -> spec.withId("change-comment")).setValue("Swap the Tuesday swim leads");
        _click(_get(Button.class, spec -> spec.withId("request-changes")));
        assertThat(stage()).isEqualTo("Nothing is published yet. The roster is a draft.");

        login(leader);
        UI.getCurrent().navigate(SignOffView.class, campId);
        acknowledgeEmptySeats("acknowledge-draft-empty-seats");
        _click(_get(Button.class, spec -> spec.withId("propose")));

        login(staff);
        UI.getCurrent().navigate(SignOffView.class, campId);
        @SuppressWarnings("unchecked")
        Grid<SeatChange> diff = _get(Grid.class, spec -> spec.withId("revision-diff"));
        assertThat(_size(diff)).isEqualTo((int) solvedSmallCamp.assignments().stream().filter(a -> a.person() != null).count());
        assertThat(_find(Grid.class, spec -> spec.withId("draft-diff"))).isEmpty();
        @SuppressWarnings("unchecked")
        Grid<RevisionSummary> history = _get(Grid.class, spec -> spec.withId("revisions"));
        assertThat(_getFormattedRow(history, 1).get(2)).startsWith("Lee, ");
        assertThat(_getFormattedRow(history, 1).get(3)).startsWith("Sam, ");
        acknowledgeEmptySeats("acknowledge-pending-empty-seats");
        _click(_get(Button.class, spec -> spec.withId("approve")));

        assertThat(notifications()).anyMatch(text -> text.startsWith("Revision 2 is published;"));
        assertThat(stage()).isEqualTo("Revision 2 is published; the draft is unchanged since.");
        login(leader);
        UI.getCurrent().navigate(SignOffView.class, campId);
        assertThat(_get(Button.class, spec -> spec.withId("propose")).isEnabled()).isFalse();
        assertThat(_get(Paragraph.class, spec -> spec.withId("draft-already-proposed")).getText())
                .isEqualTo("The draft is the published revision 2. Change it on the roster board to propose a new one.");
        login(staff);
        UI.getCurrent().navigate(SignOffView.class, campId);
        @SuppressWarnings("unchecked")
        Grid<SeatChange> published = _get(Grid.class, spec -> spec.withId("revision-diff"));
        assertThat(_findAll(published)).allSatisfy(change -> assertThat(change.inName()).isNotBlank());

        UI.getCurrent().navigate(AuditView.class, campId);
        @SuppressWarnings("unchecked")
        Grid<AuditEntry> trail = _get(Grid.class, spec -> spec.withId("audit-events"));
        assertThat(_findAll(trail)).extracting(AuditEntry::actor).contains(leader, staff);
        assertThat(_findAll(trail)).anySatisfy(event -> assertThat(event.after()).isEqualTo("Swap the Tuesday swim leads"));
    }

    @Test
    void aBrokenHardRuleIsShownAndTheDraftCannotBeSigned() {
        SolvedSmallCamp.DoubleBooking twice = SolvedSmallCamp.doubleBooking();
        drafts.assign(campId, twice.seat(), twice.person(), false, drafts.snapshot(campId).get(twice.seat()).version());
        login(leader);

        UI.getCurrent().navigate(SignOffView.class, campId);

        assertThat(_get(Paragraph.class, spec -> spec.withId("draft-hard-breaks")).getText())
                .startsWith("1 hard rule broken: One place at a time.")
                .endsWith("Fix them on the roster board before anyone can sign:");
        assertThat(_get(Button.class, spec -> spec.withId("propose")).isEnabled()).isFalse();
    }

    private static void acknowledgeEmptySeats(String id) {
        Optional<Checkbox> acknowledge = _find(Checkbox.class, spec -> spec.withId(id)).stream().findFirst();
        acknowledge.ifPresent(box -> box.setValue(true));
    }

    private static String stage() {
        return _get(Paragraph.class, spec -> spec.withId("sign-off-stage")).getText();
    }

}
