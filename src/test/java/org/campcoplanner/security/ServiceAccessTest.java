package org.campcoplanner.security;

import org.campcoplanner.Actors;
import org.campcoplanner.H2Test;
import org.campcoplanner.audit.AuditTrail;
import org.campcoplanner.availability.AvailabilityService;
import org.campcoplanner.camp.CampPlanService;
import org.campcoplanner.camp.CampSetupService;
import org.campcoplanner.demo.DemoCamp;
import org.campcoplanner.people.PeopleFilter;
import org.campcoplanner.people.PeopleService;
import org.campcoplanner.roster.DraftRosterService;
import org.campcoplanner.roster.RosterWorkspace;
import org.campcoplanner.roster.SolvingService;
import org.campcoplanner.sessions.SessionPlanningService;
import org.campcoplanner.signoff.SignOffService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.util.List;
import java.util.function.LongFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The services check camp membership on their own, whatever page or API call reaches them: each
 * read and write of the demo camp, from its leader (allowed) and from the other camp's leader
 * and the volunteer (refused).
 */
@H2Test
class ServiceAccessTest {

    private static final PeopleFilter EVERYONE = PeopleFilter.everyone();

    @Autowired
    UserDetailsService userDetails;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CampPlanService campPlans;
    @Autowired
    CampSetupService campSetup;
    @Autowired
    PeopleService people;
    @Autowired
    SessionPlanningService sessions;
    @Autowired
    DraftRosterService drafts;
    @Autowired
    RosterWorkspace workspace;
    @Autowired
    SolvingService solving;
    @Autowired
    AvailabilityService availability;
    @Autowired
    SignOffService signOff;
    @Autowired
    AuditTrail audit;

    private Actors actors;
    private long demo;
    private long someoneInDemo;
    private long volunteersOwnPerson;

    @BeforeEach
    void findTheDemoCamp() {
        actors = new Actors(userDetails);
        demo = jdbc.queryForObject("select id from camp where name = ?", Long.class, DemoCamp.NAME);
        volunteersOwnPerson = jdbc.queryForObject("select person_id from user_account where username = 'volunteer'", Long.class);
        someoneInDemo = jdbc.queryForObject("select min(id) from person where camp_id = ? and id <> ?", Long.class, demo,
                volunteersOwnPerson);
    }

    private List<LongFunction<Object>> readsAndWritesOfACamp() {
        return List.of(
                campPlans::exportPlan,
                campSetup::load,
                campId -> people.find(campId, EVERYONE, 0, 10),
                campId -> people.load(campId, someoneInDemo),
                sessions::series,
                drafts::snapshot,
                workspace::load,
                solving::isSolving,
                solving::status,
                signOff::state,
                signOff::revisions,
                campId -> {
                    campSetup.addSite(campId, "Library", null);
                    return null;
                });
    }

    @Test
    void theCampsLeaderReadsAndWritesIt() {
        for (LongFunction<Object> call : readsAndWritesOfACamp()) {
            assertThatCode(() -> actors.as("leader", () -> call.apply(demo))).doesNotThrowAnyException();
        }
        assertThatCode(() -> actors.as("leader", () -> availability.load(someoneInDemo))).doesNotThrowAnyException();
    }

    @Test
    void theOtherCampsLeaderGetsNothingOfIt() {
        for (LongFunction<Object> call : readsAndWritesOfACamp()) {
            assertThatThrownBy(() -> actors.as("leader2", () -> call.apply(demo))).isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> actors.as("leader2", () -> availability.load(someoneInDemo)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> actors.as("leader2", () -> signOff.publishedRoster(demo)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(actors.as("leader2", () -> campPlans.listCamps())).extracting(c -> c.name())
                .containsExactly(DemoCamp.SECOND_NAME);
    }

    @Test
    void theVolunteerSeesNoDraftAndNoOneElsesDetails() {
        for (LongFunction<Object> call : readsAndWritesOfACamp()) {
            assertThatThrownBy(() -> actors.as("volunteer", () -> call.apply(demo))).isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> actors.as("volunteer", () -> availability.load(someoneInDemo)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> actors.as("volunteer", () -> audit.ofCamp(demo, 0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(actors.as("volunteer", () -> availability.load(volunteersOwnPerson)).personId())
                .isEqualTo(volunteersOwnPerson);
        assertThatCode(() -> actors.as("volunteer", () -> signOff.publishedRoster(demo))).doesNotThrowAnyException();
    }

    @Test
    void leadersDoNotReadTheAuditTrailButStaffDo() {
        assertThatThrownBy(() -> actors.as("leader", () -> audit.ofCamp(demo, 0, 10))).isInstanceOf(AccessDeniedException.class);
        assertThat(actors.as("staff", () -> audit.ofCamp(demo, 0, 10))).isNotEmpty();
    }
}
