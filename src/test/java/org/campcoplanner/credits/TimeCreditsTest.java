package org.campcoplanner.credits;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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

import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Time credits on PostgreSQL: earned only by confirmed attendance, once, spent within the balance. */
@PostgresTest
class TimeCreditsTest {

    @Autowired
    TimeCredits credits;
    @Autowired
    AccountService accounts;
    @Autowired
    CampTeams teams;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    HoursStatementPdf statements;

    private Actors actors;
    private long campId;
    private String leader;
    private String volunteer;
    private CampPlan.Assignment seat;
    private CampPlan.Session session;
    private long personId;

    @BeforeEach
    void aPublishedCampAndAVolunteerWithShifts() {
        actors = teams.actors();
        CampPlan plan = SolvedSmallCamp.plan();
        CampTeam team = teams.published(plan);
        campId = team.campId();
        leader = team.leader();
        volunteer = "vol-" + leader;
        // someone with more than one shift, so that unconfirmed shifts can be told apart from confirmed ones
        seat = plan.assignments().stream().filter(a -> a.person() != null)
                .filter(a -> plan.assignments().stream().filter(other -> a.person().equals(other.person()))
                        .map(CampPlan.Assignment::session).distinct().count() > 1)
                .findFirst().orElseThrow();
        session = plan.sessions().stream().filter(s -> s.id().equals(seat.session())).findFirst().orElseThrow();
        personId = jdbc.queryForObject("select id from person where camp_id = ? and external_id = ?", Long.class,
                campId, seat.person());
        actors.run(team.admin(), () -> accounts.create(
                new NewAccount(volunteer, "Val", Role.VOLUNTEER, "long enough", Set.of(), personId)));
    }

    @Test
    void confirmingTwiceCreditsOnceAndOnlyConfirmedHoursCount() {
        double hours = Duration.between(session.start(), session.end()).toMinutes() / 60.0;

        assertThat(actors.as(leader, () -> credits.confirm(campId, seat.session(), seat.person()))).isTrue();
        assertThat(actors.as(leader, () -> credits.confirm(campId, seat.session(), seat.person()))).isFalse();

        assertThat(jdbc.queryForObject("select count(*) from attendance where person_id = ?", Integer.class, personId))
                .isEqualTo(1);
        Ledger ledger = actors.as(volunteer, () -> credits.mine()).orElseThrow();
        assertThat(ledger.earned()).singleElement().satisfies(a -> {
            assertThat(a.confirmedByName()).isEqualTo("Lee Leader");
            assertThat(a.sessionId()).isEqualTo(seat.session());
        });
        assertThat(ledger.earnedTotal()).isCloseTo(hours, within(1e-9));
        assertThat(ledger.balance()).isCloseTo(hours, within(1e-9));
        long otherShifts = SolvedSmallCamp.plan().assignments().stream()
                .filter(a -> seat.person().equals(a.person()) && !a.session().equals(seat.session())).count();
        assertThat(otherShifts).as("the person has shifts that nobody confirmed").isPositive();
    }

    @Test
    void theStatementPdfListsTheConfirmedHoursSignedOffByWhoConfirmed() throws Exception {
        actors.run(leader, () -> credits.confirm(campId, seat.session(), seat.person()));
        Ledger ledger = actors.as(volunteer, () -> credits.mine()).orElseThrow();

        PdfReader pdf = new PdfReader(statements.of(ledger, LocalDate.of(2026, 7, 30), Locale.ENGLISH));

        String text = new PdfTextExtractor(pdf).getTextFromPage(1);
        assertThat(text).contains("Statement of community-involvement hours", "Volunteer: " + ledger.name(),
                "Camp: " + ledger.camp(), "Issued on Thu 30 Jul 2026", session.title(), "Lee Leader",
                "confirmed on site");
        assertThat(text).contains(String.format(Locale.CANADA, "Total: %.2f hours.",
                Duration.between(session.start(), session.end()).toMinutes() / 60.0));
        assertThat(pdf.getInfo()).containsEntry("Title", "Statement of community-involvement hours: " + ledger.name());
    }

    @Test
    void anotherPdfLibraryReadsTheHoursAndWhoConfirmedThem() throws Exception {
        actors.run(leader, () -> credits.confirm(campId, seat.session(), seat.person()));
        Ledger ledger = actors.as(volunteer, () -> credits.mine()).orElseThrow();

        try (PDDocument pdf = Loader.loadPDF(statements.of(ledger, LocalDate.of(2026, 7, 30), Locale.ENGLISH))) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(pdf.getNumberOfPages()).isPositive();
            assertThat(text).contains(session.title(), "Lee Leader", String.format(Locale.CANADA, "Total: %.2f hours.",
                    Duration.between(session.start(), session.end()).toMinutes() / 60.0));
        }
    }

    @Test
    void aFrenchReadersStatementPdfIsInFrench() throws Exception {
        actors.run(leader, () -> credits.confirm(campId, seat.session(), seat.person()));
        Ledger ledger = actors.as(volunteer, () -> credits.mine()).orElseThrow();

        PdfReader pdf = new PdfReader(statements.of(ledger, LocalDate.of(2026, 7, 30), Locale.CANADA_FRENCH));

        String text = new PdfTextExtractor(pdf).getTextFromPage(1);
        assertThat(text).contains("Attestation des heures d'engagement communautaire",
                "Bénévole : " + ledger.name(), "Camp : " + ledger.camp(), "Délivrée le jeu. 30 juill. 2026",
                "Confirmé par", "confirmée sur place", session.title(), "Lee Leader");
        assertThat(text).contains("Total : " + String.format(Locale.CANADA_FRENCH, "%.2f heures.",
                Duration.between(session.start(), session.end()).toMinutes() / 60.0));
        assertThat(text).doesNotContain("Volunteer", "Issued on", "Total: ");
        assertThat(pdf.getInfo().get("Title")).startsWith("Attestation des heures");
    }

    @Test
    void onlyPeopleOnTheSessionsPublishedRosterCanBeConfirmed() {
        String notOnIt = SolvedSmallCamp.plan().people().stream().map(CampPlan.Person::id)
                .filter(id -> SolvedSmallCamp.plan().assignments().stream()
                        .noneMatch(a -> a.session().equals(seat.session()) && id.equals(a.person())))
                .findFirst().orElseThrow();

        assertThatThrownBy(() -> actors.run(leader, () -> credits.confirm(campId, seat.session(), notOnIt)))
                .isInstanceOfSatisfying(InvalidFormException.class,
                        e -> assertThat(e.problems().get(0).field()).isEqualTo("person"));
    }

    @Test
    void spendingComesOffTheBalanceAndNeverBeyondIt() {
        actors.run(leader, () -> credits.confirm(campId, seat.session(), seat.person()));
        double earned = actors.as(volunteer, () -> credits.mine()).orElseThrow().balance();

        Ledger after = actors.as(leader, () -> credits.recordSpent(personId, 1.0, "A camp place for Maya"));

        assertThat(after.balance()).isCloseTo(earned - 1.0, within(1e-9));
        assertThat(after.spent()).singleElement().satisfies(s -> assertThat(s.what()).isEqualTo("A camp place for Maya"));
        assertThatThrownBy(() -> actors.run(leader, () -> credits.recordSpent(personId, earned, "too much")))
                .isInstanceOfSatisfying(InvalidFormException.class,
                        e -> assertThat(e.problems().get(0).field()).isEqualTo("hours"));
        assertThatThrownBy(() -> actors.run(leader, () -> credits.recordSpent(personId, 0.5, " ")))
                .isInstanceOfSatisfying(InvalidFormException.class,
                        e -> assertThat(e.problems().get(0).field()).isEqualTo("what"));
    }

    @Test
    void nobodyConfirmsTheirOwnAttendance() {
        String self = "self-" + Long.toString(System.nanoTime(), 36);
        jdbc.update("insert into user_account (id, version, username, display_name, password_hash, role, person_id, created_at) "
                + "values (nextval('entity_id_seq'), 0, ?, 'Self', '{noop}x', 'LEADER', ?, now())", self, personId);
        jdbc.update("insert into camp_member (account_id, camp_id) select id, ? from user_account where username = ?",
                campId, self);

        assertThatThrownBy(() -> actors.run(self, () -> credits.confirm(campId, seat.session(), seat.person())))
                .isInstanceOf(InvalidFormException.class).hasMessageContaining("Someone else on site");
    }

    @Test
    void aVolunteerNeitherConfirmsNorSpendsNorReadsOthersLedgers() {
        assertThatThrownBy(() -> actors.run(volunteer, () -> credits.confirm(campId, seat.session(), seat.person())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> actors.run(volunteer, () -> credits.recordSpent(personId, 1, "x")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> actors.run(volunteer, () -> credits.of(personId)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
