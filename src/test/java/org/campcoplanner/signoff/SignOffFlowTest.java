package org.campcoplanner.signoff;

import org.campcoplanner.Actors;
import org.campcoplanner.PostgresTest;
import org.campcoplanner.account.AccountService;
import org.campcoplanner.account.NewAccount;
import org.campcoplanner.account.Role;
import org.campcoplanner.base.InvalidFormException;
import org.campcoplanner.camp.CampPlanService;
import org.campcoplanner.planning.format.CampPlan;
import org.campcoplanner.roster.DraftRosterService;
import org.campcoplanner.roster.SeatKey;
import org.campcoplanner.roster.SeatState;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The dual sign-off of DOMAIN.md section 4, end to end on PostgreSQL. */
@PostgresTest
class SignOffFlowTest {

    private static CampPlan solvedSmallCamp;

    @Autowired
    SignOffService signOff;
    @Autowired
    CampPlanService campPlans;
    @Autowired
    DraftRosterService drafts;
    @Autowired
    AccountService accounts;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    JdbcTemplate jdbc;

    private Actors actors;
    private long campId;
    private String leader;
    private String staff;
    private String otherStaff;

    @BeforeAll
    static void solveTheSmallCampOnce() {
        solvedSmallCamp = SolvedSmallCamp.plan();
    }

    @BeforeEach
    void aCampWithALeaderAndTwoStaff() {
        actors = new Actors(userDetails);
        String suffix = Long.toString(System.nanoTime(), 36);
        leader = "leader-" + suffix;
        staff = "staff-" + suffix;
        otherStaff = "staff2-" + suffix;
        jdbc.update("insert into user_account (id, version, username, display_name, password_hash, role, created_at) "
                + "values (nextval('entity_id_seq'), 0, ?, 'Test admin', '{noop}x', 'ADMIN', now())", "admin-" + suffix);
        actors.run("admin-" + suffix, () -> {
            campId = campPlans.importPlan(solvedSmallCamp);
            accounts.create(new NewAccount(leader, "Lee Leader", Role.LEADER, "password1", Set.of(campId), null));
            accounts.create(new NewAccount(staff, "Sam Staff", Role.STAFF, "password1", Set.of(campId), null));
            accounts.create(new NewAccount(otherStaff, "Sol Staff", Role.STAFF, "password1", Set.of(campId), null));
        });
    }

    @Test
    void aRosterWithABrokenHardRuleCannotBeSigned() {
        actors.run(leader, this::doubleBookSomeone);

        assertThatThrownBy(() -> actors.run(leader, () -> signOff.propose(campId, true)))
                .isInstanceOf(SignOffRefusedException.class).hasMessageContaining("cannot be signed");
        assertThat(actors.as(leader, () -> signOff.revisions(campId))).isEmpty();
    }

    @Test
    void emptySeatsMustBeAcknowledged() {
        actors.run(leader, () -> leaveSeatEmpty(firstFilledSeat()));

        assertThatThrownBy(() -> actors.run(leader, () -> signOff.propose(campId, false)))
                .isInstanceOf(SignOffRefusedException.class).hasMessageContaining("1 seat is empty");
        RevisionSummary proposed = actors.as(leader, () -> signOff.propose(campId, true));
        assertThat(proposed.emptySeats()).isEqualTo(1);
        assertThatThrownBy(() -> actors.run(staff, () -> signOff.approve(campId, 1, false)))
                .isInstanceOf(SignOffRefusedException.class).hasMessageContaining("acknowledge");
    }

    @Test
    void staffAskForChangesThenALeaderProposesAgainAndStaffPublish() {
        RevisionSummary first = actors.as(leader, () -> signOff.propose(campId, true));
        assertThat(first.number()).isEqualTo(1);
        assertThat(first.status()).isEqualTo(RevisionStatus.PROPOSED);

        assertThatThrownBy(() -> actors.run(staff, () -> signOff.requestChanges(campId, 1, "  ")))
                .isInstanceOf(InvalidFormException.class).hasMessageContaining("comment");
        RevisionSummary sentBack = actors.as(staff, () -> signOff.requestChanges(campId, 1, "Two youth alone on Tuesday?"));
        assertThat(sentBack.status()).isEqualTo(RevisionStatus.CHANGES_REQUESTED);
        assertThat(sentBack.comment()).isEqualTo("Two youth alone on Tuesday?");
        assertThatThrownBy(() -> actors.run(staff, () -> signOff.approve(campId, 1, true)))
                .isInstanceOf(SignOffRefusedException.class).hasMessageContaining("changes requested by " + staff);

        actors.run(leader, () -> leaveSeatEmpty(firstFilledSeat()));
        RevisionSummary second = actors.as(leader, () -> signOff.propose(campId, true));
        Publication published = actors.as(staff, () -> signOff.approve(campId, second.number(), true));

        assertThat(published.revision().number()).isEqualTo(2);
        assertThat(published.revision().status()).isEqualTo(RevisionStatus.PUBLISHED);
        assertThat(published.revision().decidedBy()).isEqualTo(staff);
        assertThat(actors.as(leader, () -> signOff.state(campId)).stage()).isEqualTo(SignOffState.Stage.PUBLISHED);
        long seated = solvedSmallCamp.assignments().stream().filter(a -> a.person() != null)
                .map(CampPlan.Assignment::person).distinct().count();
        assertThat(notifications()).hasSize((int) seated)
                .allSatisfy(subject -> assertThat(subject).contains("are published"));
        assertThat(auditActions()).contains("PROPOSED", "CHANGES_REQUESTED", "PUBLISHED", "SEAT_CHANGED");
    }

    @Test
    void eachStepOfTheSignOffTellsThePlannersWhoActNext() {
        actors.run(leader, () -> signOff.propose(campId, true));

        for (String each : List.of(staff, otherStaff)) {
            assertThat(messagesTo(each)).singleElement().satisfies(message -> {
                assertThat((String) message.get("subject")).isEqualTo("Revision 1 of " + solvedSmallCamp.camp().name()
                        + " waits for your signature");
                assertThat((String) message.get("body")).startsWith("Lee Leader signed the roster draft");
                assertThat(message.get("link")).isEqualTo("sign-off/" + campId);
            });
        }
        assertThat(messagesTo(leader)).isEmpty();

        actors.run(staff, () -> signOff.requestChanges(campId, 1, "Two youth alone on Tuesday?"));

        assertThat(messagesTo(leader)).singleElement().satisfies(message -> {
            assertThat((String) message.get("subject")).startsWith("Changes asked for in revision 1");
            assertThat((String) message.get("body")).startsWith("Sam Staff asks for changes")
                    .contains("Two youth alone on Tuesday?");
            assertThat(message.get("link")).isEqualTo("roster/" + campId);
        });
        assertThat(messagesTo(otherStaff)).hasSize(1);

        actors.run(leader, () -> leaveSeatEmpty(firstFilledSeat()));
        actors.run(leader, () -> signOff.propose(campId, true));
        actors.run(otherStaff, () -> signOff.approve(campId, 2, true));

        assertThat(messagesTo(leader)).last().satisfies(message -> {
            assertThat((String) message.get("subject")).endsWith("is published");
            assertThat((String) message.get("body")).startsWith("Sol Staff signed revision 2");
            assertThat(message.get("link")).isEqualTo("sign-off/" + campId);
        });
        assertThat(messagesTo(staff)).extracting(message -> (String) message.get("subject"))
                .containsExactly("Revision 1 of " + solvedSmallCamp.camp().name() + " waits for your signature",
                        "Revision 2 of " + solvedSmallCamp.camp().name() + " waits for your signature",
                        "Revision 2 of " + solvedSmallCamp.camp().name() + " is published");
        // nobody is told of what they did themselves
        assertThat(messagesTo(otherStaff)).extracting(message -> (String) message.get("subject"))
                .noneMatch(subject -> subject.endsWith("is published"));
    }

    @Test
    void eachPlannerAndPersonIsToldInTheirOwnLanguage() {
        jdbc.update("update user_account set preferred_language = 'fr' where username = ?", otherStaff);
        String frenchPerson = solvedSmallCamp.assignments().stream().filter(a -> a.person() != null).findFirst()
                .orElseThrow().person();
        jdbc.update("update person set preferred_language = 'fr' where camp_id = ? and external_id = ?", campId,
                frenchPerson);

        actors.run(leader, () -> signOff.propose(campId, true));
        actors.run(staff, () -> signOff.approve(campId, 1, true));

        String camp = solvedSmallCamp.camp().name();
        assertThat(messagesTo(otherStaff)).extracting(message -> (String) message.get("subject"))
                .containsExactly("La révision 1 du " + camp + " attend votre signature",
                        "La révision 1 du " + camp + " est publiée");
        assertThat(messagesTo(staff)).extracting(message -> (String) message.get("subject"))
                .containsExactly("Revision 1 of " + camp + " waits for your signature");
        assertThat(jdbc.queryForList("select n.subject from notification n join person p on p.id = n.person_id "
                + "where n.camp_id = ? and p.external_id = ?", String.class, campId, frenchPerson))
                .containsExactly("Vos quarts au " + camp + " sont publiés");
        assertThat(notifications()).contains("Your shifts at " + camp + " are published");
    }

    @Test
    void aSecondPublicationShowsWhoMovedAndTellsOnlyThem() {
        actors.run(leader, () -> signOff.propose(campId, true));
        actors.run(staff, () -> signOff.approve(campId, 1, true));
        int toldAtFirst = notifications().size();
        CampPlan.Assignment moved = youthSeat();

        actors.run(leader, () -> leaveSeatEmpty(new SeatKey(moved.session(), moved.role(), moved.index())));
        actors.run(leader, () -> signOff.propose(campId, true));
        Publication second = actors.as(staff, () -> signOff.approve(campId, 2, true));

        assertThat(second.diff().fromRevision()).isEqualTo(1);
        assertThat(second.diff().changes()).singleElement().satisfies(change -> {
            assertThat(change.sessionId()).isEqualTo(moved.session());
            assertThat(change.outId()).isEqualTo(moved.person());
            assertThat(change.inId()).isNull();
        });
        assertThat(second.peopleNotified()).isEqualTo(1);
        List<String> subjects = notifications();
        assertThat(subjects).hasSize(toldAtFirst + 1);
        assertThat(subjects.get(subjects.size() - 1)).contains("changed (revision 2)");
        assertThat(actors.as(leader, () -> signOff.revisions(campId))).extracting(RevisionSummary::status)
                .containsExactly(RevisionStatus.PUBLISHED, RevisionStatus.SUPERSEDED);
    }

    @Test
    void editingAfterProposingLeavesTheProposedRevisionAsItWas() {
        actors.run(leader, () -> signOff.propose(campId, true));
        String frozen = frozenPlan(1);

        actors.run(staff, () -> leaveSeatEmpty(firstFilledSeat()));

        assertThat(frozenPlan(1)).isEqualTo(frozen);
        SignOffState state = actors.as(staff, () -> signOff.state(campId));
        assertThat(state.stage()).isEqualTo(SignOffState.Stage.PROPOSED);
        assertThat(state.draftDiffersFromPending()).isTrue();
        Publication published = actors.as(staff, () -> signOff.approve(campId, 1, true));
        assertThat(published.diff().changes()).hasSize((int) solvedSmallCamp.assignments().stream()
                .filter(a -> a.person() != null).count());
    }

    @Test
    void twoStaffApprovingAtOnceProduceOnePublication() throws Exception {
        actors.run(leader, () -> signOff.propose(campId, true));
        CountDownLatch ready = new CountDownLatch(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Object>> outcomes = new ArrayList<>();
        try {
            for (String member : List.of(staff, otherStaff)) {
                Callable<Object> approve = () -> {
                    ready.countDown();
                    ready.await();
                    try {
                        return actors.as(member, () -> signOff.approve(campId, 1, true));
                    } catch (SignOffRefusedException e) {
                        return e;
                    }
                };
                outcomes.add(pool.submit(approve));
            }
            List<Object> results = new ArrayList<>();
            for (Future<Object> outcome : outcomes) {
                results.add(outcome.get());
            }
            assertThat(results).filteredOn(Publication.class::isInstance).hasSize(1);
            assertThat(results).filteredOn(SignOffRefusedException.class::isInstance).singleElement()
                    .satisfies(refusal -> assertThat(((Exception) refusal).getMessage()).contains("was published by"));
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("select count(*) from roster_revision where camp_id = ? and status = 'PUBLISHED'",
                Integer.class, campId)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where camp_id = ? and action = 'PUBLISHED'",
                Integer.class, campId)).isEqualTo(1);
    }

    @Test
    void aVolunteerSeesThePublishedRosterWithNamesOnlyAndTheirOwnShifts() {
        CampPlan.Assignment theirs = youthSeat();
        String volunteer = "volunteer-" + Long.toString(System.nanoTime(), 36);
        long personId = jdbc.queryForObject("select id from person where camp_id = ? and external_id = ?", Long.class,
                campId, theirs.person());
        jdbc.update("insert into user_account (id, version, username, display_name, password_hash, role, person_id, "
                + "created_at) values (nextval('entity_id_seq'), 0, ?, 'V', '{noop}x', 'VOLUNTEER', ?, now())",
                volunteer, personId);
        assertThat(actors.as(volunteer, () -> signOff.publishedRoster(campId))).isEmpty();
        assertThatThrownBy(() -> actors.run(volunteer, () -> signOff.revisions(campId)))
                .isInstanceOf(AccessDeniedException.class);

        actors.run(leader, () -> signOff.propose(campId, true));
        actors.run(staff, () -> signOff.approve(campId, 1, true));
        PublishedRoster seen = actors.as(volunteer, () -> signOff.publishedRoster(campId)).orElseThrow();

        assertThat(seen.revision().number()).isEqualTo(1);
        assertThat(seen.shifts()).filteredOn(PublishedRoster.Shift::mine).isNotEmpty()
                .allSatisfy(shift -> assertThat(shift.personId()).isEqualTo(theirs.person()));
        assertThat(seen.shifts()).filteredOn(shift -> !shift.mine()).isNotEmpty()
                .allSatisfy(shift -> {
                    assertThat(shift.personId()).isNull();
                    assertThat(shift.name()).isNotBlank();
                });
        assertThat(actors.as(leader, () -> signOff.publishedRoster(campId)).orElseThrow().shifts())
                .allSatisfy(shift -> assertThat(shift.personId()).isNotNull());
    }

    @Test
    void eachSideSignsOnlyItsOwnPart() {
        assertThatThrownBy(() -> actors.run(staff, () -> signOff.propose(campId, true)))
                .isInstanceOf(AccessDeniedException.class);
        actors.run(leader, () -> signOff.propose(campId, true));
        assertThatThrownBy(() -> actors.run(leader, () -> signOff.approve(campId, 1, true)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> actors.run(leader, () -> signOff.requestChanges(campId, 1, "no")))
                .isInstanceOf(AccessDeniedException.class);
    }

    private void doubleBookSomeone() {
        SolvedSmallCamp.DoubleBooking twice = SolvedSmallCamp.doubleBooking();
        drafts.assign(campId, twice.seat(), twice.person(), false, drafts.snapshot(campId).get(twice.seat()).version());
    }

    /** A youth's seat: leaving it empty breaks no hard rule, since youth do not count toward the adults a session needs. */
    private static CampPlan.Assignment youthSeat() {
        Set<String> youth = solvedSmallCamp.people().stream().filter(p -> Boolean.TRUE.equals(p.youth()))
                .map(CampPlan.Person::id).collect(Collectors.toSet());
        return solvedSmallCamp.assignments().stream().filter(a -> youth.contains(a.person())).findFirst().orElseThrow();
    }

    private static SeatKey firstFilledSeat() {
        CampPlan.Assignment seat = youthSeat();
        return new SeatKey(seat.session(), seat.role(), seat.index());
    }

    private void leaveSeatEmpty(SeatKey key) {
        SeatState now = drafts.snapshot(campId).get(key);
        drafts.assign(campId, key, null, false, now.version());
    }

    private String frozenPlan(int number) {
        return jdbc.queryForObject("select plan_json from roster_revision where camp_id = ? and number = ?",
                String.class, campId, number);
    }

    /** What the people of the camp were told about their shifts. */
    private List<String> notifications() {
        return jdbc.queryForList("select subject from notification where camp_id = ? and person_id is not null order by id",
                String.class, campId);
    }

    /** Subject, body and link of each message to a planner's account, oldest first. */
    private List<Map<String, Object>> messagesTo(String username) {
        return jdbc.queryForList("select n.subject, n.body, n.link from notification n join user_account a "
                + "on a.id = n.account_id where a.username = ? and n.camp_id = ? order by n.id", username, campId);
    }

    private List<String> auditActions() {
        return jdbc.queryForList("select distinct action from audit_event where camp_id = ?", String.class, campId);
    }
}
