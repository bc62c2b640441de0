package org.campcoplanner.account;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.campcoplanner.Actors;
import org.campcoplanner.PostgresTest;
import org.campcoplanner.base.InvalidFormException;
import org.campcoplanner.planning.format.PlanReader;
import org.campcoplanner.planning.format.TestPlans;
import org.campcoplanner.signoff.CampTeam;
import org.campcoplanner.signoff.CampTeams;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Planners invite the people of their camp by email; each makes their own account once, within seven days,
 * and it is theirs: linked to them, with the role their kind of person has.
 */
@PostgresTest
@TestPropertySource(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3025",
        "camp.public-url=https://camps.example.ca/"})
class InvitationsTest {

    private static final Pattern LINK = Pattern.compile("https://camps\\.example\\.ca/welcome/([A-Za-z0-9_-]{43})");

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    Invitations invitations;
    @Autowired
    CampTeams teams;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder passwords;

    private CampTeam team;
    private Actors actors;
    private String suffix;

    @BeforeEach
    void aCampOfTwentyFourPeopleWithEmailAddresses() {
        team = teams.of(new PlanReader().read(TestPlans.read(TestPlans.SMALL_CAMP)));
        actors = teams.actors();
        suffix = Long.toString(System.nanoTime(), 36);
    }

    @Test
    void everyoneWithAnAddressAndNoAccountGetsOneLinkAndTheListSaysSo() throws Exception {
        int invited = actors.as(team.leader(), () -> invitations.invite(team.campId(), null));

        assertThat(invited).isEqualTo(24);
        assertThat(secrets(24)).hasSize(24).containsKeys("p5@example.org", "p24@example.org");
        assertThat(actors.as(team.leader(), () -> invitations.list(team.campId())))
                .hasSize(24).allMatch(invitation -> invitation.status() == InvitationStatus.SENT);
        assertThat(jdbc.queryForList("select secret_hash from invitation where camp_id = ?", String.class, team.campId()))
                .hasSize(24).allMatch(hash -> hash.length() == 64);
    }

    @Test
    void aVolunteerMakesTheirAccountOnceAndItIsTheirs() throws Exception {
        actors.run(team.leader(), () -> invitations.invite(team.campId(), List.of(personId("p9"))));
        String secret = secrets(1).get("p9@example.org");
        assertThat(invitations.opening(secret)).hasValueSatisfying(opening -> {
            assertThat(opening.personName()).isEqualTo("Zane Tremblay");
            assertThat(opening.campName()).isNotBlank();
        });

        invitations.accept(secret, "zane-" + suffix, "a long password");

        Map<String, Object> account = jdbc.queryForMap("select role, person_id, display_name, email from user_account "
                + "where username = ?", "zane-" + suffix);
        assertThat(account).containsEntry("role", "VOLUNTEER").containsEntry("person_id", personId("p9"))
                .containsEntry("display_name", "Zane Tremblay").containsEntry("email", "p9@example.org");
        assertThat(jdbc.queryForObject("select count(*) from notification n join user_account a on a.id = n.account_id "
                + "where a.username = ? and n.subject = 'Welcome to the camp co-planner'", Integer.class, "zane-" + suffix)).isEqualTo(1);
        assertThat(invitations.opening(secret)).isEmpty();
        assertThatThrownBy(() -> invitations.accept(secret, "zane2-" + suffix, "a long password"))
                .isInstanceOf(InvalidFormException.class);
        assertThat(actors.as(team.leader(), () -> invitations.list(team.campId()))).singleElement().satisfies(invitation -> {
            assertThat(invitation.status()).isEqualTo(InvitationStatus.ACCEPTED);
            assertThat(invitation.username()).isEqualTo("zane-" + suffix);
        });
        assertThat(actors.as(team.leader(), () -> invitations.invitableCount(team.campId()))).isEqualTo(23);
    }

    @Test
    void aLeaderPlansTheCampAndStaffStartAsVolunteersUntilAnAdminSaysOtherwise() throws Exception {
        actors.run(team.leader(), () -> invitations.invite(team.campId(), List.of(personId("p5"), personId("p1"))));
        Map<String, String> secrets = secrets(2);

        invitations.accept(secrets.get("p5@example.org"), "amina-" + suffix, "a long password");
        invitations.accept(secrets.get("p1@example.org"), "noah-" + suffix, "a long password");

        assertThat(jdbc.queryForObject("select role from user_account where username = ?", String.class, "amina-" + suffix))
                .isEqualTo("LEADER");
        assertThat(jdbc.queryForList("select m.camp_id from camp_member m join user_account a on a.id = m.account_id "
                + "where a.username = ?", Long.class, "amina-" + suffix)).containsExactly(team.campId());
        assertThat(jdbc.queryForObject("select role from user_account where username = ?", String.class, "noah-" + suffix))
                .isEqualTo("VOLUNTEER");
        assertThat(jdbc.queryForObject("select count(*) from notification n join user_account a on a.id = n.account_id "
                + "where a.username = ? and n.subject like 'Noah Smith made an account as staff'", Integer.class, team.admin()))
                .isEqualTo(1);
    }

    @Test
    void aLinkSentAgainTakenBackOrOlderThanSevenDaysNoLongerOpens() throws Exception {
        actors.run(team.leader(), () -> invitations.invite(team.campId(), List.of(personId("p9"), personId("p10"), personId("p11"))));
        Map<String, String> first = secrets(3);
        List<InvitationSummary> sent = actors.as(team.leader(), () -> invitations.list(team.campId()));
        long zane = sent.stream().filter(i -> i.personName().equals("Zane Tremblay")).findFirst().orElseThrow().id();
        long quinn = sent.stream().filter(i -> i.personName().equals("Quinn Chen")).findFirst().orElseThrow().id();

        actors.run(team.leader(), () -> invitations.resend(team.campId(), zane));
        actors.run(team.staff(), () -> invitations.revoke(team.campId(), quinn));
        jdbc.update("update invitation set expires_at = now() - interval '1 minute' where person_id = ?", personId("p11"));

        assertThat(invitations.opening(first.get("p9@example.org"))).isEmpty();
        assertThat(invitations.opening(first.get("p10@example.org"))).isEmpty();
        assertThat(invitations.opening(first.get("p11@example.org"))).isEmpty();
        assertThatThrownBy(() -> invitations.accept(first.get("p10@example.org"), "quinn-" + suffix, "a long password"))
                .isInstanceOf(InvalidFormException.class);
        assertThat(actors.as(team.leader(), () -> invitations.list(team.campId()))).extracting(InvitationSummary::status)
                .containsExactlyInAnyOrder(InvitationStatus.SENT, InvitationStatus.REVOKED, InvitationStatus.REVOKED,
                        InvitationStatus.EXPIRED);
    }

    @Test
    void aTakenUsernameIsRefusedAndTheLinkStillOpens() throws Exception {
        actors.run(team.leader(), () -> invitations.invite(team.campId(), List.of(personId("p9"))));
        String secret = secrets(1).get("p9@example.org");

        assertThatThrownBy(() -> invitations.accept(secret, team.leader(), "a long password"))
                .isInstanceOfSatisfying(InvalidFormException.class, refused -> assertThat(refused.problems())
                        .extracting(InvalidFormException.FieldProblem::field).containsExactly("username"));
        assertThat(invitations.opening(secret)).isPresent();
    }

    @Test
    void onlyThePlannersOfTheCampInvite() {
        CampTeam other = teams.of(new PlanReader().read(TestPlans.read(TestPlans.SMALL_CAMP)));

        assertThatThrownBy(() -> actors.run(other.leader(), () -> invitations.invite(team.campId(), null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> actors.run(other.leader(), () -> invitations.list(team.campId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    private long personId(String planId) {
        return jdbc.queryForObject("select id from person where camp_id = ? and external_id = ?", Long.class,
                team.campId(), planId);
    }

    /** Each recipient's link secret, once {@code count} invitations have arrived (other mail, such as a welcome, aside). */
    private Map<String, String> secrets(int count) throws Exception {
        Map<String, String> secrets = new HashMap<>();
        for (int wait = 0; wait < 100 && secrets.size() < count; wait++) {
            Thread.sleep(100);
            secrets.clear();
            for (MimeMessage mail : smtp.getReceivedMessages()) {
                Matcher link = LINK.matcher((String) mail.getContent());
                if (link.find()) {
                    secrets.put(mail.getAllRecipients()[0].toString(), link.group(1));
                }
            }
        }
        assertThat(secrets).hasSize(count);
        return secrets;
    }
}
