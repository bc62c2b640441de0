package org.campcoplanner.reflections;

import org.campcoplanner.Actors;
import org.campcoplanner.PostgresTest;
import org.campcoplanner.account.AccountService;
import org.campcoplanner.account.NewAccount;
import org.campcoplanner.account.Role;
import org.campcoplanner.base.InvalidFormException;
import org.campcoplanner.planning.format.CampPlan;
import org.campcoplanner.signoff.CampTeam;
import org.campcoplanner.signoff.CampTeams;
import org.campcoplanner.signoff.SolvedSmallCamp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Reflections on PostgreSQL: only someone who was on a session writes one, after it ended (the small
 * camp's July sessions are over); only the author changes it; only the camp's planners read it;
 * a story is quoted only when its author allows it, a youth's only once a planner has read it.
 */
@PostgresTest
class ReflectionsTest {

    private static final String PASSWORD = "long enough";

    @Autowired
    Reflections reflections;
    @Autowired
    AccountService accounts;
    @Autowired
    CampTeams teams;
    @Autowired
    JdbcTemplate jdbc;

    private Actors actors;
    private CampTeam team;
    private String session;
    private String adult;
    private String youth;
    private String notOnIt;

    @BeforeEach
    void aPublishedCampWithAnAdultAndAYouthOnOneSession() {
        actors = teams.actors();
        CampPlan plan = SolvedSmallCamp.plan();
        team = teams.published(plan);
        CampPlan.Assignment youthSeat = plan.assignments().stream()
                .filter(a -> a.person() != null && isYouth(plan, a.person())).findFirst().orElseThrow();
        session = youthSeat.session();
        CampPlan.Assignment adultSeat = plan.assignments().stream()
                .filter(a -> a.session().equals(session) && a.person() != null && !isYouth(plan, a.person()))
                .findFirst().orElseThrow();
        String outsider = plan.people().stream().map(CampPlan.Person::id)
                .filter(id -> plan.assignments().stream().noneMatch(a -> a.session().equals(session) && id.equals(a.person())))
                .findFirst().orElseThrow();
        youth = volunteer("youth", youthSeat.person());
        adult = volunteer("adult", adultSeat.person());
        notOnIt = volunteer("other", outsider);
    }

    @Test
    void someoneOnTheSessionSaysHowItWentAndOnlyThePlannersReadIt() {
        MyReflection written = actors.as(adult, () -> reflections.write(session,
                new ReflectionEntry(4, "  The new kids joined the relay.  ", false), null));

        assertThat(written.rating()).isEqualTo(4);
        assertThat(written.story()).isEqualTo("The new kids joined the relay.");
        assertThat(actors.as(adult, () -> reflections.mine())).containsOnlyKeys(session);
        assertThat(actors.as(notOnIt, () -> reflections.mine())).as("nobody else sees it").isEmpty();
        assertThat(actors.as(team.leader(), () -> reflections.ofSession(team.campId(), session)))
                .singleElement().satisfies(r -> {
                    assertThat(r.story()).isEqualTo("The new kids joined the relay.");
                    assertThat(r.quoteAllowed()).isFalse();
                });
        assertThatThrownBy(() -> actors.as(notOnIt, () -> reflections.ofSession(team.campId(), session)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(actors.as(team.staff(), () -> reflections.factsOf(team.campId())))
                .singleElement().satisfies(fact -> {
                    assertThat(fact.rating()).isEqualTo(4);
                    assertThat(fact.quote()).as("its author did not allow a quote").isNull();
                });
    }

    @Test
    void onlyPeopleOnTheSessionMayReflectOnIt() {
        assertThatThrownBy(() -> actors.run(notOnIt, () -> reflections.write(session,
                new ReflectionEntry(5, null, false), null)))
                .isInstanceOfSatisfying(InvalidFormException.class, e -> {
                    assertThat(e.problems()).singleElement().satisfies(p -> {
                        assertThat(p.field()).isEqualTo("session");
                        assertThat(p.reason().key()).isEqualTo("reflections.problem.not-on-session");
                    });
                });
        assertThatThrownBy(() -> actors.run(team.leader(), () -> reflections.write(session,
                new ReflectionEntry(5, null, false), null)))
                .as("a planner's account that is nobody of the plan")
                .isInstanceOfSatisfying(InvalidFormException.class,
                        e -> assertThat(e.problems().get(0).reason().key()).isEqualTo("reflections.problem.no-person"));
        assertThat(count()).isZero();
    }

    @Test
    void aBadEntryNamesItsFieldAndNothingIsSaved() {
        assertThatThrownBy(() -> actors.run(adult, () -> reflections.write(session,
                new ReflectionEntry(null, "Fine", false), null)))
                .isInstanceOfSatisfying(InvalidFormException.class,
                        e -> assertThat(e.problems().get(0).field()).isEqualTo("rating"));
        assertThatThrownBy(() -> actors.run(adult, () -> reflections.write(session,
                new ReflectionEntry(6, null, false), null)))
                .isInstanceOfSatisfying(InvalidFormException.class,
                        e -> assertThat(e.problems().get(0).field()).isEqualTo("rating"));
        assertThatThrownBy(() -> actors.run(adult, () -> reflections.write(session,
                new ReflectionEntry(3, "x".repeat(Reflections.STORY_LIMIT + 1), false), null)))
                .isInstanceOfSatisfying(InvalidFormException.class,
                        e -> assertThat(e.problems().get(0).field()).isEqualTo("story"));
        assertThat(count()).isZero();
    }

    @Test
    void aStoryIsQuotedWhenItsAuthorAllowsItAndAYouthsOnceAPlannerHasReadIt() {
        actors.run(adult, () -> reflections.write(session, new ReflectionEntry(5, "We fixed the bikes together.", true), null));
        MyReflection youths = actors.as(youth, () -> reflections.write(session,
                new ReflectionEntry(4, "I led the warm-up.", true), null));

        assertThat(youths.waitsForReview()).isTrue();
        assertThat(quotes()).containsExactly("We fixed the bikes together.");

        long id = actors.as(team.leader(), () -> reflections.ofSession(team.campId(), session)).stream()
                .filter(SessionReflection::waitsForReview).findFirst().orElseThrow().id();
        long version = jdbc.queryForObject("select version from reflection where id = ?", Long.class, id);
        actors.run(team.leader(), () -> reflections.approveQuote(team.campId(), id, version));

        assertThat(quotes()).containsExactlyInAnyOrder("We fixed the bikes together.", "I led the warm-up.");
        assertThat(actors.as(team.leader(), () -> reflections.ofSession(team.campId(), session)))
                .filteredOn(SessionReflection::youth).singleElement()
                .satisfies(r -> assertThat(r.reviewedBy()).isEqualTo("Lee Leader"));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where camp_id = ? and action = ?",
                Integer.class, team.campId(), "REFLECTION_QUOTE_APPROVED")).isEqualTo(1);

        MyReflection reviewed = actors.as(youth, () -> reflections.mine()).get(session);
        actors.run(youth, () -> reflections.write(session, new ReflectionEntry(4, "I led the warm-up and the games.", true),
                reviewed.version()));
        assertThat(quotes()).as("new words need a new review").containsExactly("We fixed the bikes together.");
    }

    @Test
    void onlyTheAuthorChangesOrTakesBackTheirReflectionAndAStaleEditIsRefused() {
        MyReflection first = actors.as(adult, () -> reflections.write(session, new ReflectionEntry(2, null, false), null));

        assertThatThrownBy(() -> actors.run(adult, () -> reflections.write(session,
                new ReflectionEntry(3, null, false), null)))
                .as("a second phone that read the page before the first saved")
                .isInstanceOf(ReflectionChangedMeanwhileException.class);
        MyReflection second = actors.as(adult, () -> reflections.write(session,
                new ReflectionEntry(3, null, false), first.version()));
        assertThat(second.rating()).isEqualTo(3);

        assertThatThrownBy(() -> actors.run(youth, () -> reflections.withdraw(session, second.version())))
                .as("someone else on the session has no reflection of theirs to take back")
                .isInstanceOf(ReflectionChangedMeanwhileException.class);
        assertThatThrownBy(() -> actors.run(adult, () -> reflections.withdraw(session, first.version())))
                .isInstanceOf(ReflectionChangedMeanwhileException.class);
        assertThat(count()).isEqualTo(1);

        actors.run(adult, () -> reflections.withdraw(session, second.version()));
        assertThat(count()).isZero();
    }

    @Test
    void plannersOfAnotherCampGetNothing() {
        actors.run(adult, () -> reflections.write(session, new ReflectionEntry(5, "Great", true), null));
        CampTeam other = teams.of(SolvedSmallCamp.plan());
        long id = jdbc.queryForObject("select id from reflection where camp_id = ?", Long.class, team.campId());

        assertThatThrownBy(() -> actors.run(other.leader(), () -> reflections.ofSession(team.campId(), session)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> actors.run(other.staff(), () -> reflections.factsOf(team.campId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> actors.run(other.leader(), () -> reflections.approveQuote(team.campId(), id, 0)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(actors.as(other.leader(), () -> reflections.ofSession(other.campId(), session)))
                .as("their own camp's session of the same name has no reflection").isEmpty();
    }

    private List<String> quotes() {
        return actors.as(team.leader(), () -> reflections.factsOf(team.campId())).stream()
                .map(ReflectionFact::quote).filter(q -> q != null).toList();
    }

    private int count() {
        return jdbc.queryForObject("select count(*) from reflection where camp_id = ?", Integer.class, team.campId());
    }

    private String volunteer(String who, String planPersonId) {
        String username = who + "-" + team.leader();
        long personId = jdbc.queryForObject("select id from person where camp_id = ? and external_id = ?", Long.class,
                team.campId(), planPersonId);
        actors.run(team.admin(), () -> accounts.create(
                new NewAccount(username, who, Role.VOLUNTEER, PASSWORD, Set.of(), personId)));
        return username;
    }

    private static boolean isYouth(CampPlan plan, String personId) {
        return plan.people().stream().anyMatch(p -> p.id().equals(personId) && Boolean.TRUE.equals(p.youth()));
    }
}
