package org.campcoplanner.people;

import org.campcoplanner.Actors;
import org.campcoplanner.PostgresTest;
import org.campcoplanner.base.InvalidFormException;
import org.campcoplanner.planning.format.PlanReader;
import org.campcoplanner.planning.format.TestPlans;
import org.campcoplanner.signoff.CampTeam;
import org.campcoplanner.signoff.CampTeams;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A volunteer keeps their own emergency contact; planners of the camp read it only for a session not yet over. */
@PostgresTest
class EmergencyContactsTest {

    @Autowired
    EmergencyContacts contacts;
    @Autowired
    CampTeams teams;
    @Autowired
    JdbcTemplate jdbc;

    private CampTeam team;
    private Actors actors;
    private String volunteer;

    @BeforeEach
    void zaneHasAnAccount() {
        team = teams.of(new PlanReader().read(TestPlans.read(TestPlans.SMALL_CAMP)));
        actors = teams.actors();
        volunteer = "zane-" + Long.toString(System.nanoTime(), 36);
        jdbc.update("insert into user_account (id, version, username, display_name, password_hash, role, person_id, "
                + "created_at) values (nextval('entity_id_seq'), 0, ?, 'Zane', '{noop}pw', 'VOLUNTEER', "
                + "(select id from person where camp_id = ? and external_id = 'p9'), now())", volunteer, team.campId());
    }

    @Test
    void plannersReadItForASessionNotYetOverAndNeverAfter() {
        actors.run(volunteer, () -> contacts.setOwn(" Sam Tremblay ", "519-555-0199"));
        assertThat(actors.as(volunteer, contacts::own)).contains(new EmergencyContact("Sam Tremblay", "519-555-0199"));

        assertThat(actors.as(team.leader(), () -> contacts.forSession(team.campId(), "s1", List.of("p9", "p10")))).isEmpty();

        jdbc.update("update camp_session set start_at = start_at + interval '2 years', end_at = end_at + interval '2 years' "
                + "where camp_id = ? and external_id = 's1'", team.campId());
        assertThat(actors.as(team.staff(), () -> contacts.forSession(team.campId(), "s1", List.of("p9", "p10"))))
                .containsOnlyKeys("p9").containsEntry("p9", new EmergencyContact("Sam Tremblay", "519-555-0199"));
    }

    @Test
    void nobodyElseReadsIt() {
        CampTeam other = teams.of(new PlanReader().read(TestPlans.read(TestPlans.SMALL_CAMP)));

        assertThatThrownBy(() -> actors.run(other.leader(), () -> contacts.forSession(team.campId(), "s1", List.of("p9"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> actors.run(volunteer, () -> contacts.forSession(team.campId(), "s1", List.of("p9"))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aPhoneThatIsNoNumberIsRefusedAndBothBlankRemovesIt() {
        assertThatThrownBy(() -> actors.run(volunteer, () -> contacts.setOwn("Sam", "call me")))
                .isInstanceOfSatisfying(InvalidFormException.class, refused -> assertThat(refused.problems())
                        .extracting(InvalidFormException.FieldProblem::field).containsExactly("emergencyPhone"));

        actors.run(volunteer, () -> contacts.setOwn("Sam", "519 555 0199"));
        actors.run(volunteer, () -> contacts.setOwn(" ", ""));

        assertThat(actors.as(volunteer, contacts::own)).isEmpty();
    }
}
