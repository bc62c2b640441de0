package org.campcoplanner.security;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import org.campcoplanner.H2Test;
import org.campcoplanner.KaribuTest;
import org.campcoplanner.account.ui.AccountsView;
import org.campcoplanner.audit.ui.AuditView;
import org.campcoplanner.availability.ui.AvailabilityView;
import org.campcoplanner.base.ui.NotAllowedView;
import org.campcoplanner.base.ui.PageNotAllowedView;
import org.campcoplanner.camp.ui.CampListView;
import org.campcoplanner.camp.ui.CampView;
import org.campcoplanner.impact.ui.ImpactView;
import org.campcoplanner.demo.DemoCamp;
import org.campcoplanner.people.ui.PeopleView;
import org.campcoplanner.roster.ui.RosterBoardView;
import org.campcoplanner.security.ui.LoginView;
import org.campcoplanner.shifts.ui.MyShiftsView;
import org.campcoplanner.signoff.ui.SignOffView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The pages from each role's side: what each account may open, and what it is refused. */
@H2Test
class ViewAccessTest {

    @Autowired
    JdbcTemplate jdbc;

    long campId(String name) {
        return jdbc.queryForObject("select id from camp where name = ?", Long.class, name);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void navigate(Class<? extends Component> page, long campId) {
        UI.getCurrent().navigate((Class) page, campId);
    }

    @Nested
    class Anonymous extends KaribuTest {

        @Override
        protected String signedInAs() {
            return null;
        }

        @Test
        void isSentToTheLoginPageWhichListsTheDemoLogins() {
            UI.getCurrent().navigate(CampListView.class);

            _assertOne(LoginView.class);
            _assertNone(CampListView.class);
            assertThat(_get(Paragraph.class, spec -> spec.withId("demo-logins")).getText())
                    .contains("admin, staff, leader, volunteer and leader2").contains("password demo");
        }

        @Test
        void cannotOpenACampsRosterBoard() {
            UI.getCurrent().navigate(RosterBoardView.class, campId(DemoCamp.NAME));

            _assertOne(LoginView.class);
            _assertNone(RosterBoardView.class);
        }
    }

    @Nested
    class LeaderOfAnotherCamp extends KaribuTest {

        @Override
        protected String signedInAs() {
            return "leader2";
        }

        @Test
        void seesOnlyTheirOwnCampInTheList() {
            UI.getCurrent().navigate(CampListView.class);

            assertThat(_get(CampListView.class).getElement().getOuterHTML()).doesNotContain("new-camp");
            assertThat(_size(_get(Grid.class))).isEqualTo(1);
        }

        @Test
        void isRefusedEveryPageOfTheDemoCamp() {
            long demo = campId(DemoCamp.NAME);
            for (Class<? extends Component> page : List.of(CampView.class,
                    RosterBoardView.class, PeopleView.class, SignOffView.class, ImpactView.class)) {
                navigate(page, demo);

                _assertOne(NotAllowedView.class);
                _assertNone(page);
            }
        }

        @Test
        void opensTheirOwnCampsBoard() {
            UI.getCurrent().navigate(RosterBoardView.class, campId(DemoCamp.SECOND_NAME));

            _assertOne(RosterBoardView.class);
            _assertNone(NotAllowedView.class);
        }
    }

    @Nested
    class Leader extends KaribuTest {

        @Override
        protected String signedInAs() {
            return "leader";
        }

        @Test
        void mayNotManageAccountsNorReadTheAuditTrail() {
            UI.getCurrent().navigate(AccountsView.class);
            _assertNone(AccountsView.class);
            _assertOne(PageNotAllowedView.class);

            UI.getCurrent().navigate(AuditView.class, campId(DemoCamp.NAME));
            _assertNone(AuditView.class);
        }

        @Test
        void signsTheDraftButCannotApprove() {
            UI.getCurrent().navigate(SignOffView.class, campId(DemoCamp.NAME));

            _assertOne(SignOffView.class);
            _assertNone(Button.class, spec -> spec.withId("approve"));
            assertThat(_find(Button.class, spec -> spec.withId("propose"))).hasSize(1);
        }
    }

    @Nested
    class Staff extends KaribuTest {

        @Override
        protected String signedInAs() {
            return "staff";
        }

        @Test
        void readsTheCampsAuditTrail() {
            UI.getCurrent().navigate(AuditView.class, campId(DemoCamp.NAME));

            _assertOne(AuditView.class);
            _assertNone(NotAllowedView.class);
        }

        @Test
        void cannotProposeOnALeadersBehalf() {
            UI.getCurrent().navigate(SignOffView.class, campId(DemoCamp.NAME));

            _assertNone(Button.class, spec -> spec.withId("propose"));
        }

        @Test
        void isRefusedTheOtherCampsAuditTrail() {
            UI.getCurrent().navigate(AuditView.class, campId(DemoCamp.SECOND_NAME));

            _assertOne(NotAllowedView.class);
        }
    }

    @Nested
    class Volunteer extends KaribuTest {

        @Override
        protected String signedInAs() {
            return "volunteer";
        }

        @Test
        void startsWithTheirShifts() {
            UI.getCurrent().navigate("");

            _assertOne(MyShiftsView.class);
            assertThat(_find(Anchor.class)).noneMatch(a -> "camps".equals(a.getHref()));
        }

        @Test
        void isRefusedThePlannersPagesAndTheDraft() {
            long demo = campId(DemoCamp.NAME);
            UI.getCurrent().navigate(CampListView.class);
            _assertNone(CampListView.class);
            _assertOne(PageNotAllowedView.class);
            UI.getCurrent().navigate(RosterBoardView.class, demo);
            _assertNone(RosterBoardView.class);
            UI.getCurrent().navigate(PeopleView.class, demo);
            _assertNone(PeopleView.class);
            UI.getCurrent().navigate(SignOffView.class, demo);
            _assertNone(SignOffView.class);
            UI.getCurrent().navigate(AvailabilityView.class, 1L);
            _assertNone(AvailabilityView.class);
            UI.getCurrent().navigate(ImpactView.class, demo);
            _assertNone(ImpactView.class);
            _assertOne(PageNotAllowedView.class);
        }
    }
}
