package org.campcoplanner.impact;

import org.campcoplanner.Actors;
import org.campcoplanner.PostgresTest;
import org.campcoplanner.account.AccountService;
import org.campcoplanner.account.AccountSummary;
import org.campcoplanner.account.NewAccount;
import org.campcoplanner.account.Role;
import org.campcoplanner.base.InvalidFormException;
import org.campcoplanner.credits.TimeCredits;
import org.campcoplanner.people.EarlierCampLink;
import org.campcoplanner.people.EarlierCamps;
import org.campcoplanner.planning.format.CampPlan;
import org.campcoplanner.planning.format.PersonKind;
import org.campcoplanner.signoff.CampTeam;
import org.campcoplanner.signoff.CampTeams;
import org.campcoplanner.signoff.SolvedSmallCamp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A camp's impact on PostgreSQL, counted from check-ins made through the app: the staff member
 * confirms everyone on the first session but one volunteer, and the residents of the second. One
 * volunteer took part in the same camp a year before, and their account moved to this year's camp.
 */
@PostgresTest
class ImpactServiceTest {

    private static final String PASSWORD = "long enough";

    @Autowired
    ImpactService impact;
    @Autowired
    CampExports exports;
    @Autowired
    EarlierCamps earlierCamps;
    @Autowired
    TimeCredits credits;
    @Autowired
    AccountService accounts;
    @Autowired
    CampTeams teams;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;

    private final CampPlan plan = SolvedSmallCamp.plan();
    private final Map<String, CampPlan.Person> people = plan.people().stream()
            .collect(Collectors.toMap(CampPlan.Person::id, Function.identity()));
    private Actors actors;
    private CampTeam team;
    private CampTeam lastYear;
    private String noShow;
    private String returning;

    @BeforeEach
    void checkInsOfTwoSessionsAndAVolunteerBackFromLastYear() {
        actors = teams.actors();
        lastYear = teams.published(aYearEarlier(plan));
        team = teams.published(plan);
        List<CampPlan.Assignment> first = filled("s1");
        noShow = first.stream().map(CampPlan.Assignment::person).filter(id -> kind(id) == PersonKind.VOLUNTEER)
                .findFirst().orElseThrow();
        returning = first.stream().map(CampPlan.Assignment::person)
                .filter(id -> kind(id) == PersonKind.VOLUNTEER && !id.equals(noShow)).findFirst().orElseThrow();
        first.stream().filter(a -> !a.person().equals(noShow)).forEach(a -> confirm(team, a));
        filled("s2").stream().filter(a -> kind(a.person()).isResident()).forEach(a -> confirm(team, a));

        confirm(lastYear, first.stream().filter(a -> a.person().equals(returning)).findFirst().orElseThrow());
        String username = "back-" + team.leader();
        long lastYearsSelf = personId(lastYear, returning);
        AccountSummary account = actors.as(team.admin(), () -> accounts.create(
                new NewAccount(username, "Back", Role.VOLUNTEER, PASSWORD, Set.of(), lastYearsSelf)));
        actors.run(team.admin(), () -> accounts.update(account.id(), account.version(), Role.VOLUNTEER, Set.of(),
                personId(team, returning), null));
    }

    @Test
    void theFiguresAreCountedFromCheckInsAndTheRoster() {
        ImpactFigures f = actors.as(team.leader(), () -> impact.figures(team.campId(), LocalDate.of(2026, 7, 1),
                LocalDate.of(2026, 7, 31)));

        List<CampPlan.Assignment> came = filled("s1").stream().filter(a -> !a.person().equals(noShow)).toList();
        List<CampPlan.Assignment> cameToSecond = filled("s2").stream().filter(a -> kind(a.person()).isResident()).toList();
        double residentHours = hours("s1") * came.stream().filter(a -> kind(a.person()).isResident()).count()
                + hours("s2") * cameToSecond.size();
        double staffHours = hours("s1") * came.stream().filter(a -> !kind(a.person()).isResident()).count();
        Set<String> residents = new HashSet<>();
        came.stream().map(CampPlan.Assignment::person).filter(id -> kind(id).isResident()).forEach(residents::add);
        cameToSecond.forEach(a -> residents.add(a.person()));
        long seats = plan.assignments().stream().filter(a -> a.person() != null).count();

        assertThat(f.residentHours()).isEqualTo(residentHours);
        assertThat(f.staffHours()).isEqualTo(staffHours).isPositive();
        assertThat(f.residents()).isEqualTo(residents.size());
        assertThat(f.returningResidents()).isEqualTo(1);
        assertThat(f.newResidents()).isEqualTo(residents.size() - 1);
        assertThat(f.sessionsHeld()).isEqualTo(plan.sessions().size());
        assertThat(f.sessionsJoint()).as("the first session had staff, the second only residents").isEqualTo(1);
        assertThat(f.seatsFilled()).isEqualTo(seats);
        assertThat(f.noShows()).isEqualTo(seats - came.size() - cameToSecond.size());
        assertThat(f.creditsEarned()).isEqualTo(residentHours + staffHours);
        assertThat(f.youthReachedForty()).isZero();
        assertThat(actors.as(team.leader(), () -> earlierCamps.linksOf(team.campId()))).singleElement()
                .satisfies(link -> assertThat(link.foundBy()).isEqualTo(EarlierCampLink.FoundBy.ACCOUNT));
    }

    @Test
    void aPlannerOfBothCampsLinksSomeoneAndAPlannerOfOneMayNot() {
        long here = personId(team, noShow);
        long before = personId(lastYear, noShow);

        assertThatThrownBy(() -> actors.run(team.leader(), () -> earlierCamps.link(here, before)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> actors.run(team.admin(), () -> earlierCamps.link(here, personId(team, returning))))
                .isInstanceOfSatisfying(InvalidFormException.class,
                        e -> assertThat(e.problems().get(0).field()).isEqualTo("earlier"));
        assertThat(actors.as(team.leader(), () -> earlierCamps.candidatesFor(team.campId())))
                .as("the leader plans no other camp").isEmpty();

        actors.run(team.admin(), () -> earlierCamps.link(here, before));

        assertThat(actors.as(team.leader(), () -> earlierCamps.linksOf(team.campId())))
                .extracting(EarlierCampLink::foundBy)
                .containsExactlyInAnyOrder(EarlierCampLink.FoundBy.ACCOUNT, EarlierCampLink.FoundBy.PLANNER);
        assertThat(actors.as(team.leader(), () -> impact.figures(team.campId(), LocalDate.of(2026, 7, 1),
                LocalDate.of(2026, 7, 31))).returningResidents())
                .as("linked, but the no-show took part in nothing this year").isEqualTo(1);
    }

    @Test
    void theExportsRoundTripAndNameTheStaffHoursOutsideStandardHours() throws Exception {
        var hours = SpreadsheetCsvTest.parse(actors.as(team.staff(), () -> exports.hours(team.campId(), Locale.ENGLISH)).bytes());
        assertThat(hours.get(0).values()).startsWith("Person", "Resident or staff", "Youth");
        assertThat(hours).hasSize(1 + plan.people().size());
        var attendance = SpreadsheetCsvTest.parse(actors.as(team.staff(),
                () -> exports.attendance(team.campId(), Locale.CANADA_FRENCH)).bytes());
        assertThat(attendance.get(0).get(0)).isEqualTo("Personne");
        assertThat(attendance).hasSize(1 + (int) jdbc.queryForObject(
                "select count(*) from attendance where camp_id = ?", Integer.class, team.campId()));
        var roster = SpreadsheetCsvTest.parse(actors.as(team.staff(), () -> exports.roster(team.campId(), Locale.ENGLISH)).bytes());
        assertThat(roster).hasSize(1 + plan.assignments().size());
        var ledger = SpreadsheetCsvTest.parse(actors.as(team.staff(), () -> exports.ledger(team.campId(), Locale.ENGLISH)).bytes());
        assertThat(ledger.stream().skip(1).map(row -> row.get(2))).containsOnly("earned");

        assertThatThrownBy(() -> actors.run(lastYear.leader(), () -> exports.roster(team.campId(), Locale.ENGLISH)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aNameThatLooksLikeAFormulaIsExportedAsText() throws Exception {
        CampPlan.Person first = plan.people().get(0);
        CampPlan renamed = plan.withPeople(plan.people().stream()
                .map(p -> p == first ? p.withName("=HYPERLINK(\"x\")") : p).toList());
        CampTeam tricky = teams.published(renamed);

        var roster = SpreadsheetCsvTest.parse(actors.as(tricky.leader(),
                () -> exports.roster(tricky.campId(), Locale.ENGLISH)).bytes());

        assertThat(roster.stream().map(row -> row.get(6))).contains("'=HYPERLINK(\"x\")")
                .doesNotContain("=HYPERLINK(\"x\")");
    }

    @Test
    void theApiAnswersThePlannersAndAdminsOnly() throws Exception {
        mvc.perform(get("/api/camps/{id}/impact", team.campId()).param("from", "2026-07-01").param("to", "2026-07-31")
                        .with(httpBasic(team.leader(), PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.returningResidents").value(1))
                .andExpect(jsonPath("$.sessionsJoint").value(1))
                .andExpect(jsonPath("$.weeks.length()").value(1));
        mvc.perform(get("/api/camps/{id}/impact", team.campId()).with(httpBasic(team.admin(), "admin password")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.from").value("2026-07-06"));
        mvc.perform(get("/api/camps/{id}/impact", team.campId()).with(httpBasic(lastYear.leader(), PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/camps/{id}/impact", team.campId()).with(httpBasic("back-" + team.leader(), PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/camps/{id}/impact", team.campId()).param("from", "2026-07-31").param("to", "2026-07-01")
                        .with(httpBasic(team.leader(), PASSWORD)))
                .andExpect(status().isBadRequest());
        byte[] csv = mvc.perform(get("/api/camps/{id}/hours.csv", team.campId()).with(httpBasic(team.staff(), PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(csv, StandardCharsets.UTF_8)).startsWith(SpreadsheetCsv.BYTE_ORDER_MARK + "Person,");
    }

    private List<CampPlan.Assignment> filled(String session) {
        return plan.assignments().stream().filter(a -> a.session().equals(session) && a.person() != null).toList();
    }

    private PersonKind kind(String planPersonId) {
        return people.get(planPersonId).kind();
    }

    private double hours(String session) {
        CampPlan.Session s = plan.sessions().stream().filter(x -> x.id().equals(session)).findFirst().orElseThrow();
        return Duration.between(s.start(), s.end()).toMinutes() / 60.0;
    }

    private void confirm(CampTeam camp, CampPlan.Assignment seat) {
        actors.run(camp.staff(), () -> credits.confirm(camp.campId(), seat.session(), seat.person()));
    }

    private long personId(CampTeam camp, String planPersonId) {
        return jdbc.queryForObject("select id from person where camp_id = ? and external_id = ?", Long.class,
                camp.campId(), planPersonId);
    }

    private static CampPlan.Person aYearEarlier(CampPlan.Person person) {
        CampPlan.Availability available = person.availability();
        return available == null ? person : person.withAvailability(new CampPlan.Availability(
                available.weekly(), earlier(available.dates()), earlier(available.unavailable())));
    }

    private static List<CampPlan.Interval> earlier(List<CampPlan.Interval> intervals) {
        return intervals == null ? null : intervals.stream()
                .map(i -> new CampPlan.Interval(i.start().minusWeeks(52), i.end().minusWeeks(52))).toList();
    }

    /** The same camp, 52 weeks before, so that each session falls on the same weekday. */
    private static CampPlan aYearEarlier(CampPlan plan) {
        CampPlan.Camp camp = plan.camp();
        return new CampPlan(plan.formatVersion(), plan.score(),
                new CampPlan.Camp(camp.name() + " last year", camp.neighbourhood(), camp.timeZone(),
                        camp.startDate() == null ? null : camp.startDate().minusWeeks(52),
                        camp.endDate() == null ? null : camp.endDate().minusWeeks(52), camp.rules()),
                plan.sites(), plan.people().stream().map(ImpactServiceTest::aYearEarlier).toList(),
                plan.sessions().stream().map(s -> new CampPlan.Session(s.id(), s.title(), s.activity(), s.series(), s.site(),
                        s.start().minusWeeks(52), s.end().minusWeeks(52), s.children(), s.ageGroup(), s.seats())).toList(),
                plan.assignments());
    }
}
